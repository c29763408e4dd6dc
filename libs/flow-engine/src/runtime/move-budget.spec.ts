import { validateFlow } from '@tongban/flow-model';
import { Item, input, sh } from '../__tests__/harness';
import { compile } from '../compile/compile';

/** Two conditions that send the item to each other while `data.loop` holds: validation refuses the flow. */
const loop = {
  key: 'endless',
  name: '自动循环',
  timeLimit: { statutoryDays: 20, promisedDays: 10 },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'accept', type: 'acceptance', timeLimit: { days: 1 }, onTimeout: 'tacit-approve' },
    { id: 'c1', type: 'condition' },
    { id: 'c2', type: 'condition' },
    { id: 'rev', type: 'review', department: 'fire', assignees: { roles: ['reviewer'], users: [] } },
    { id: 'ok', type: 'end', outcome: 'approved' },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'accept' },
    { id: 'e2', source: 'accept', target: 'c1', on: 'accept' },
    { id: 'e3', source: 'c1', target: 'c2', when: 'data.loop = true' },
    { id: 'e4', source: 'c1', target: 'rev', default: true },
    { id: 'e5', source: 'c2', target: 'c1', when: 'data.loop = true' },
    { id: 'e6', source: 'c2', target: 'rev', default: true },
    { id: 'e7', source: 'rev', target: 'ok' },
  ],
};

const T0 = sh('2026-11-02 09:00');
const T1 = sh('2026-11-02 10:00');

describe('the move budget of one step', () => {
  test('a flow published before the loop rule still compiles: validation refuses it, the engine runs it', () => {
    expect(validateFlow(loop).errors.map((e) => [e.code, e.nodeId])).toEqual([
      ['AUTOMATIC_CYCLE', 'c1'],
      ['AUTOMATIC_CYCLE', 'c2'],
    ]);
    expect(() => compile(loop)).not.toThrow();
  });

  test('a step that would go round the loop for ever is refused with 409 and changes nothing', () => {
    const it = new Item(loop, T0, input({ data: { loop: true } }));
    const err = it.refused({ type: 'accept', actor: 'window1' }, T1);
    expect([err.code, err.status]).toEqual(['STEP_DOES_NOT_TERMINATE', 409]);
    expect(err.message).toMatch(/无限循环/);
    expect(it.view(T1).activeNodes).toEqual(['accept']);
  });

  test('the same flow with data that leaves the loop moves on as usual', () => {
    const it = new Item(loop, T0, input({ data: { loop: false } }));
    it.send({ type: 'accept', actor: 'window1' }, T1);
    expect(it.view(T1).activeNodes).toEqual(['rev']);
  });

  test('a timer whose step would loop is refused the same way', () => {
    const it = new Item(loop, T0, input({ data: { loop: true } }));
    const timer = [...it.timers.values()].find((t) => t.nodeId === 'accept')!;
    const err = it.refused({ type: 'timer', timerId: timer.timerId }, timer.dueAt);
    expect([err.code, err.status]).toEqual(['STEP_DOES_NOT_TERMINATE', 409]);
  });
});
