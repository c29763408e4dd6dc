import { EngineError } from '../errors';
import { input, review, sh, testFlow, workflow, Item } from '../__tests__/harness';
import { compile } from './compile';

describe('compile', () => {
  test('an XState machine with a parallel state per block and final states for the ends', () => {
    const machine = compile(workflow('parallel-review'));
    const root = machine.root;
    expect(Object.keys(root.states)).toEqual(
      expect.arrayContaining(['start', 'accept', 'fork', 'join', 'issue', 'ok', 'no']),
    );
    expect(root.states.fork.type).toBe('parallel');
    expect(Object.keys(root.states.fork.states)).toEqual(['$0', '$1', '$2']);
    expect(root.states.ok.type).toBe('final');
    expect(JSON.stringify(machine.definition)).not.toContain('after');
  });

  test('cached per definition object, and per checksum for an equal definition parsed afresh', () => {
    const def = workflow('construction-permit');
    const machine = compile(def);
    expect(compile(def)).toBe(machine);
    expect(compile(JSON.parse(JSON.stringify(def)))).toBe(machine);
    expect(compile({ ...def, layout: {} })).toBe(machine);
    expect(compile({ ...def, name: '改名' })).not.toBe(machine);
  });

  test('a definition that does not validate is refused with the validator’s errors', () => {
    const broken = { ...workflow('instant'), edges: [] };
    let error: unknown;
    try {
      compile(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: 'INVALID_DEFINITION', status: 400 });
    expect((error as EngineError).details).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: expect.any(String) })]),
    );
  });

  test('node ids that XState would read as paths or ids still work', () => {
    const flow = testFlow(
      [review('dept.plan#1$', { timeLimit: { days: 1 } })],
      [
        ['accept', 'dept.plan#1$', 'accept'],
        ['dept.plan#1$', 'ok', 'approve'],
        ['accept', 'no', 'reject'],
      ],
    );
    const it = new Item(flow, sh('2026-11-02 09:00'), input({ materials: ['A1'] }));
    it.send({ type: 'accept', actor: 'w' }, sh('2026-11-02 10:00'));
    expect(it.view(sh('2026-11-02 10:00')).activeNodes).toEqual(['dept.plan#1$']);
    it.decide('dept.plan#1$', 'approve', sh('2026-11-02 11:00'));
    expect(it.view(sh('2026-11-02 11:00')).status).toBe('approved');
  });
});
