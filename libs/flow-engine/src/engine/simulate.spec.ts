import { calendar, input, review, sh, testFlow, workflow } from '../__tests__/harness';
import { simulate } from './simulate';

const def = workflow('parallel-review');
const startAt = sh('2026-09-28 09:00');
const materials = ['M01', 'M02', 'M03'];

describe('simulate', () => {
  test('timers fire in due order as the manual clock passes them; tacit approval at the exact instant', () => {
    const { trace, snapshot, pendingTimers } = simulate(
      def,
      input({ materials }),
      [
        { at: sh('2026-09-28 10:00'), event: { type: 'accept', actor: 'window1' } },
        { at: sh('2026-10-08 09:00'), event: { type: 'decide', taskId: 'id-8', decision: 'approve', actor: 'fire1' } },
        { advanceTo: '2026-10-08T15:59:59.998Z' },
      ],
      { calendar, startAt },
    );
    expect(trace.map((t) => [t.event.type, t.status])).toEqual([
      ['start', 'submitted'],
      ['accept', 'in-review'],
      ['decide', 'in-review'],
    ]);
    expect(trace[0].activeNodes).toEqual(['accept']);
    expect(pendingTimers.map((t) => [t.nodeId, t.dueAt])).toEqual([
      ['plan', '2026-10-08T15:59:59.999Z'],
      ['env', '2026-10-08T15:59:59.999Z'],
      [null, '2026-10-16T15:59:59.999Z'],
      [null, '2026-10-30T15:59:59.999Z'],
    ]);

    const later = simulate(
      def,
      input({ materials }),
      [
        { at: sh('2026-09-28 10:00'), event: { type: 'accept', actor: 'window1' } },
        { advanceTo: '2026-10-08T15:59:59.999Z' },
      ],
      { calendar, startAt },
    );
    const fired = later.trace.slice(2);
    expect(fired.map((t) => [t.at, t.event.type])).toEqual([
      ['2026-10-08T15:59:59.999Z', 'timer'],
      ['2026-10-08T15:59:59.999Z', 'timer'],
      ['2026-10-08T15:59:59.999Z', 'timer'],
    ]);
    expect(fired.at(-1)).toMatchObject({ status: 'approved', activeNodes: [] });
    expect(later.snapshot.context.tacit).toEqual(['plan', 'fire', 'env']);
    expect(later.pendingTimers).toEqual([]);
    expect(snapshot.status).toBe('active');
  });

  test('ids come from a counter, so the same script gives the same trace', () => {
    const script = [{ at: sh('2026-09-28 10:00'), event: { type: 'accept' as const } }];
    const a = simulate(def, input({ materials }), script, { calendar, startAt });
    const b = simulate(def, input({ materials }), script, { calendar, startAt });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.trace[1].effects.find((e) => e.type === 'task.open')).toMatchObject({ taskId: 'id-6' });
    expect(a.trace[1].event).toMatchObject({ actor: 'simulator' });
  });

  test('a refused command is recorded in the trace with its error; the run goes on', () => {
    const { trace } = simulate(
      def,
      input({ materials: ['M01'] }),
      [
        { at: sh('2026-09-28 10:00'), event: { type: 'accept', actor: 'window1' } },
        { at: sh('2026-09-28 10:05'), event: { type: 'notify-missing', missing: ['M02', 'M03'], actor: 'window1' } },
      ],
      { calendar, startAt },
    );
    expect(trace[1]).toMatchObject({
      status: 'submitted',
      effects: [],
      error: { code: 'MATERIALS_INCOMPLETE', status: 409 },
    });
    expect(trace[2]).toMatchObject({ status: 'awaiting-supplement' });
    expect(trace[2].error).toBeUndefined();
  });

  test('the acceptance timer fires when the officer lets the day pass', () => {
    const { trace } = simulate(def, input({ materials }), [{ advanceTo: sh('2026-09-30 00:00') }], {
      calendar,
      startAt,
    });
    expect(trace.map((t) => [t.at, t.event.type])).toEqual([
      [startAt, 'start'],
      ['2026-09-29T15:59:59.999Z', 'timer'],
    ]);
    expect(trace[1].effects).toEqual([
      expect.objectContaining({ type: 'accountability', kind: 'overdue-step', nodeId: 'accept' }),
    ]);
  });

  test('time never goes back', () => {
    expect(() =>
      simulate(def, input({ materials }), [{ advanceTo: sh('2026-09-27 09:00') }], { calendar, startAt }),
    ).toThrow(RangeError);
  });
});

test("simulate with the center's directory opens a 会签 task per member, as the server does", () => {
  const def = testFlow(
    [review('check', { mode: 'all', vote: { percent: 60 } })],
    [
      ['accept', 'check', 'accept'],
      ['check', 'ok', 'approve'],
      ['check', 'no', 'reject'],
    ],
  );
  const directory = {
    departments: ['check'],
    roles: ['reviewer'],
    users: ['r1', 'r2'].map((username) => ({ username, roles: ['reviewer'], department: 'check' })),
  };
  const script = [{ at: sh('2026-09-28 10:00'), event: { type: 'accept' as const, actor: 'window1' } }];
  const members = simulate(def, input({ materials: ['A1'] }), script, { calendar, startAt, directory });
  expect(members.snapshot.context.tasks.map((t) => t.m)).toEqual(['r1', 'r2']);
  const roleOnly = simulate(def, input({ materials: ['A1'] }), script, { calendar, startAt });
  expect(roleOnly.snapshot.context.tasks).toHaveLength(1);
});
