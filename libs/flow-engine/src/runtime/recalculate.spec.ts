import { createWorkCalendar } from '@tongban/work-calendar';
import { Item, calendar, input, ofType, sh, workflow } from '../__tests__/harness';

// parallel-review accepted Mon 2026-09-28 10:00: item 10 working days → Fri 10-16 (09-29, 09-30, 10-08, 10-09,
// make-up Sat 10-10, 10-12…10-16); each review 3 working days → Thu 10-08 (09-29, 09-30, 10-08).
// A local holiday on Wed 09-30 (revision 1) moves the item to Mon 10-19 and each review to Fri 10-09.
const ACCEPTED = sh('2026-09-28 10:00');
const CHANGED = sh('2026-09-29 12:00');
const end = (date: string) => calendar.endOfDay(date);
const withHoliday = createWorkCalendar({ overrides: [{ date: '2026-09-30', workday: false, note: '本地停工' }] });
const revision1 = { calendar: withHoliday, calendarRevision: 1 };

function parallelReview() {
  const it = new Item(workflow('parallel-review'), sh('2026-09-28 09:00'), input({ materials: ['M01', 'M02', 'M03'] }));
  it.send({ type: 'accept', actor: 'window1' }, ACCEPTED);
  return it;
}

describe('recalculate after a calendar change', () => {
  test('moves the item and every step due, swapping their timers and updating the open tasks', () => {
    const it = parallelReview();
    const old = [...it.timers.keys()];
    const effects = it.send({ type: 'recalculate', revision: 1 }, CHANGED, revision1);
    expect(ofType(effects, 'timer.cancel').map((t) => t.timerId)).toEqual(old);
    expect(ofType(effects, 'timer.schedule').map((t) => [t.purpose, t.nodeId, t.dueAt])).toEqual([
      ['item-deadline', null, end('2026-10-19')],
      ['statutory-deadline', null, end('2026-11-02')],
      ['step-deadline', 'plan', end('2026-10-09')],
      ['step-deadline', 'fire', end('2026-10-09')],
      ['step-deadline', 'env', end('2026-10-09')],
    ]);
    expect(ofType(effects, 'task.update').map((t) => [t.nodeId, t.deadline])).toEqual([
      ['plan', end('2026-10-09')],
      ['fire', end('2026-10-09')],
      ['env', end('2026-10-09')],
    ]);
    const s = it.snapshot.context;
    expect([s.item?.due, s.clocks.plan.due, s.calendarRevision]).toEqual([end('2026-10-19'), end('2026-10-09'), 1]);
    const view = it.view(CHANGED, withHoliday);
    expect(view.deadline).toBe(end('2026-10-19'));
    expect(view.openTasks.map((t) => t.deadline)).toEqual(Array(3).fill(end('2026-10-09')));
    expect(view.history.at(-1)).toEqual({
      at: CHANGED,
      actor: 'system',
      action: 'recalculate',
      nodeId: null,
      note: '日历第1版：办件期限 2026-10-16 → 2026-10-19；法定期限 2026-10-30 → 2026-11-02；规划部门审查（牵头）期限 2026-10-08 → 2026-10-09；消防部门审查期限 2026-10-08 → 2026-10-09；环保部门审查期限 2026-10-08 → 2026-10-09',
    });
  });

  test('the old timers are stale: at their old dues nothing fires; the new ones fire at the new dues', () => {
    const it = parallelReview();
    const oldItem = it.snapshot.context.item!.timer!;
    const oldPlan = it.snapshot.context.clocks.plan.timer!;
    it.send({ type: 'recalculate', revision: 1 }, CHANGED, revision1);
    const moved = it.snapshot;
    expect(it.send({ type: 'timer', timerId: oldPlan }, end('2026-10-08'), revision1)).toEqual([]);
    expect(it.send({ type: 'timer', timerId: oldItem }, end('2026-10-16'), revision1)).toEqual([]);
    expect(it.snapshot).toBe(moved);
    expect(ofType(it.fire('plan'), 'accountability')[0]).toMatchObject({ kind: 'tacit-approval', nodeId: 'plan' });
    expect(it.snapshot.context.clocks.plan).toBeUndefined();
  });

  test('a change that moves no running deadline is a no-op: same snapshot, no effects', () => {
    const it = parallelReview();
    const before = it.snapshot;
    const later = createWorkCalendar({ overrides: [{ date: '2026-11-20', workday: false }] });
    expect(it.send({ type: 'recalculate', revision: 2 }, CHANGED, { calendar: later, calendarRevision: 2 })).toEqual(
      [],
    );
    expect(it.snapshot).toBe(before);
  });

  test('removing the override moves every due back (one more recalculation)', () => {
    const it = parallelReview();
    it.send({ type: 'recalculate', revision: 1 }, CHANGED, revision1);
    const effects = it.send({ type: 'recalculate', revision: 2 }, sh('2026-09-29 13:00'), { calendarRevision: 2 });
    expect(ofType(effects, 'timer.schedule').map((t) => [t.nodeId, t.dueAt])).toEqual([
      [null, end('2026-10-16')],
      [null, end('2026-10-30')],
      ['plan', end('2026-10-08')],
      ['fire', end('2026-10-08')],
      ['env', end('2026-10-08')],
    ]);
    expect(it.snapshot.context.calendarRevision).toBe(2);
  });

  test('a stopped clock has no due to move: it is computed under the calendar in force when it resumes', () => {
    const it = parallelReview();
    it.send({ type: 'pause', reason: '等候申请人答复', kind: 'other', actor: 'plan1' }, sh('2026-10-08 10:00'));
    const paused = it.snapshot;
    expect(it.send({ type: 'recalculate', revision: 1 }, sh('2026-10-08 12:00'), revision1)).toEqual([]);
    expect(it.snapshot).toBe(paused);
    // Paused 10-08 … 10-09; counted 09-29, (09-30 now a holiday), 10-10, 10-12…10-16, 10-19…10-21 → 10-21
    // (10-20 under the official calendar alone).
    const resumed = it.send({ type: 'resume', actor: 'plan1' }, sh('2026-10-09 10:00'), revision1);
    expect(ofType(resumed, 'timer.schedule').find((t) => t.purpose === 'item-deadline')?.dueAt).toBe(end('2026-10-21'));
    expect(it.snapshot.context.calendarRevision).toBe(1);
  });

  test('a finished item is not recalculated; a bad revision is refused', () => {
    const it = parallelReview();
    it.send({ type: 'withdraw', actor: 'alice' }, CHANGED);
    const done = it.snapshot;
    expect(it.send({ type: 'recalculate', revision: 1 }, CHANGED, revision1)).toEqual([]);
    expect(it.snapshot).toBe(done);
    expect(parallelReview().refused({ type: 'recalculate', revision: -1 }, CHANGED).code).toBe('INVALID_ARGUMENT');
  });

  test('every step records the calendar revision it was computed under', () => {
    const it = new Item(
      workflow('parallel-review'),
      sh('2026-09-28 09:00'),
      input({ materials: ['M01', 'M02', 'M03'] }),
    );
    expect(it.snapshot.context.calendarRevision).toBeUndefined();
    it.send({ type: 'accept', actor: 'window1' }, ACCEPTED, revision1);
    expect(it.snapshot.context.calendarRevision).toBe(1);
    expect(it.snapshot.context.item?.due).toBe(end('2026-10-19'));
  });

  test('its effects do not depend on the key order of the stored snapshot (jsonb reorders keys)', () => {
    const reversed = <T>(value: T): T => {
      if (Array.isArray(value)) return value.map(reversed) as T;
      if (value === null || typeof value !== 'object') return value;
      const entries = Object.entries(value).reverse();
      return Object.fromEntries(entries.map(([key, v]) => [key, reversed(v)])) as T;
    };
    const a = parallelReview();
    const b = parallelReview();
    b.snapshot = reversed(b.snapshot);
    const recalc = { type: 'recalculate' as const, revision: 1 };
    expect(b.send(recalc, CHANGED, revision1)).toEqual(a.send(recalc, CHANGED, revision1));
  });

  test('the intake clocks move too: §32 deemed acceptance and the supplement deadline', () => {
    // Submitted Mon 09-28 09:00: deemed acceptance after 5 working days, 10-10 (make-up Saturday); 10-12 with 09-30 off.
    const waiting = new Item(workflow('parallel-review'), sh('2026-09-28 09:00'), input({ materials: ['M01'] }));
    let effects = waiting.send({ type: 'recalculate', revision: 1 }, CHANGED, revision1);
    expect(ofType(effects, 'timer.schedule').map((t) => [t.purpose, t.dueAt])).toEqual([
      ['deemed-acceptance', end('2026-10-12')],
    ]);
    // A notice on 09-28 gives 20 working days to supplement: 10-30, and 11-02 with 09-30 off.
    const noticed = new Item(workflow('parallel-review'), sh('2026-09-28 09:00'), input({ materials: ['M01'] }));
    noticed.send({ type: 'notify-missing', missing: ['M02', 'M03'], actor: 'window1' }, sh('2026-09-28 10:00'));
    effects = noticed.send({ type: 'recalculate', revision: 1 }, CHANGED, revision1);
    expect(ofType(effects, 'timer.schedule').map((t) => [t.purpose, t.dueAt])).toEqual([
      ['supplement-deadline', end('2026-11-02')],
    ]);
    expect(noticed.snapshot.context.supplementDue?.due).toBe(end('2026-11-02'));
  });
});
