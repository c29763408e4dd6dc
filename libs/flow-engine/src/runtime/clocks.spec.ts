import { Item, input, ofType, review, sh, testFlow, workflow } from '../__tests__/harness';

const ACCEPTED = sh('2026-09-28 10:00'); // Mon
function parallelReview() {
  const it = new Item(workflow('parallel-review'), sh('2026-09-28 09:00'), input({ materials: ['M01', 'M02', 'M03'] }));
  it.send({ type: 'accept', actor: 'window1' }, ACCEPTED);
  return it;
}

describe('pause and resume across National Day', () => {
  // Paused Tue 09-29 09:00 … Fri 10-09 10:00: working days 09-29, 09-30, 10-08, 10-09 are not counted.
  const PAUSED = sh('2026-09-29 09:00');
  const RESUMED = sh('2026-10-09 10:00');

  test('pause stops the item clock and every step clock', () => {
    const it = parallelReview();
    const running = [...it.timers.keys()];
    const effects = it.send(
      { type: 'pause', reason: '组织专家评审', kind: 'expert-review', expectedDays: 10, actor: 'plan1' },
      PAUSED,
    );
    expect(
      ofType(effects, 'timer.cancel')
        .map((t) => t.timerId)
        .sort(),
    ).toEqual(running.sort());
    expect(ofType(effects, 'task.update').map((t) => t.deadline)).toEqual([null, null, null]);
    expect(it.timers.size).toBe(0);
    const v = it.view(sh('2026-10-08 12:00'));
    expect(v.clockPaused).toBe(true);
    expect(v.pauses).toEqual([
      { from: PAUSED, to: null, reason: '组织专家评审', kind: 'expert-review', expectedDays: 10 },
    ]);
  });

  test('resume moves every deadline on by the paused working days, with new timer ids', () => {
    const it = parallelReview();
    const oldIds = new Set(it.timers.keys());
    it.send({ type: 'pause', reason: '组织专家评审', kind: 'expert-review', expectedDays: 10, actor: 'plan1' }, PAUSED);
    const effects = it.send({ type: 'resume', actor: 'plan1' }, RESUMED);
    const scheduled = ofType(effects, 'timer.schedule');
    // Item: 10 working days from 09-28 skipping the 4 paused ones: 10-10 (make-up Saturday), 12, 13, 14, 15, 16, 19, 20, 21, 22.
    // Reviews: 3 working days: 10-10, 10-12, 10-13. Statutory: 20 working days, the same 4 skipped → 11-05.
    expect(scheduled.map((t) => [t.nodeId, t.dueAt])).toEqual([
      [null, '2026-10-22T15:59:59.999Z'],
      [null, '2026-11-05T15:59:59.999Z'],
      ['plan', '2026-10-13T15:59:59.999Z'],
      ['fire', '2026-10-13T15:59:59.999Z'],
      ['env', '2026-10-13T15:59:59.999Z'],
    ]);
    expect(scheduled.every((t) => !oldIds.has(t.timerId))).toBe(true);
    expect(ofType(effects, 'task.update').map((t) => t.deadline)).toEqual(Array(3).fill('2026-10-13T15:59:59.999Z'));
    const v = it.view(RESUMED);
    expect([v.clockPaused, v.deadline, v.pauses[0].to]).toEqual([false, '2026-10-22T15:59:59.999Z', RESUMED]);
  });

  test('while paused the deadline is read as of the moment asked', () => {
    const it = parallelReview();
    it.send({ type: 'pause', reason: '现场勘查', kind: 'site-survey', actor: 'plan1' }, PAUSED);
    // As of 10-08, paused days so far: 09-29, 09-30, 10-08 → 10-16 + 3 working days = 10-21.
    expect(it.view(sh('2026-10-08 12:00')).deadline).toBe('2026-10-21T15:59:59.999Z');
  });

  test('timers cancelled by the pause are stale: firing them changes nothing', () => {
    const it = parallelReview();
    const old = [...it.timers.values()];
    it.send({ type: 'pause', reason: '听证', kind: 'hearing', expectedDays: 10, actor: 'plan1' }, PAUSED);
    const paused = it.snapshot;
    for (const t of old) expect(it.send({ type: 'timer', timerId: t.timerId }, t.dueAt)).toEqual([]);
    expect(it.snapshot).toBe(paused);
    it.send({ type: 'resume', actor: 'plan1' }, RESUMED);
    const resumed = it.snapshot;
    for (const t of old) expect(it.send({ type: 'timer', timerId: t.timerId }, sh('2026-12-01 00:00'))).toEqual([]);
    expect(it.snapshot).toBe(resumed);
    expect(ofType(it.fire('plan'), 'accountability')[0]).toMatchObject({ kind: 'tacit-approval', nodeId: 'plan' });
  });

  test('while paused only resume, withdraw and extend are taken', () => {
    const it = parallelReview();
    it.send({ type: 'pause', reason: '检验检测', kind: 'inspection', expectedDays: 10, actor: 'plan1' }, PAUSED);
    const err = it.refused({ type: 'decide', taskId: it.task('plan'), decision: 'approve', actor: 'plan1' }, PAUSED);
    expect([err.code, err.status]).toEqual(['ITEM_PAUSED', 409]);
    expect(it.refused({ type: 'pause', reason: 'again', actor: 'plan1' }, PAUSED).code).toBe('ITEM_PAUSED');
  });

  test('pause needs an accepted item, a reason and a known kind; resume needs a pause', () => {
    const submitted = new Item(workflow('parallel-review'), sh('2026-09-28 09:00'), input({ materials: ['M01'] }));
    expect(submitted.refused({ type: 'pause', reason: '现场勘查', actor: 'w' }, ACCEPTED).code).toBe(
      'CLOCK_NOT_STARTED',
    );
    const it = parallelReview();
    expect(it.refused({ type: 'pause', reason: '', actor: 'w' }, PAUSED).code).toBe('REASON_REQUIRED');
    expect(it.refused({ type: 'pause', reason: 'x', kind: 'lunch', actor: 'w' }, PAUSED).code).toBe('INVALID_ARGUMENT');
    expect(it.refused({ type: 'resume', actor: 'w' }, PAUSED).code).toBe('NOT_PAUSED');
  });
});

describe('extension', () => {
  const T0 = sh('2026-11-02 10:00'); // Mon; 7 promised working days → Wed 11-11
  function accepted() {
    const it = new Item(
      workflow('one-time-notice'),
      sh('2026-11-02 09:00'),
      input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
    );
    it.send({ type: 'accept', actor: 'window1' }, T0);
    return it;
  }
  const extend = { type: 'extend' as const, days: 3, reason: '情况复杂', approver: 'director', actor: 'fire1' };

  test('moves the item deadline: the item timer is cancelled and rescheduled', () => {
    const it = accepted();
    const old = [...it.timers.values()].find((t) => t.purpose === 'item-deadline')!;
    const oldStatutory = [...it.timers.values()].find((t) => t.purpose === 'statutory-deadline')!;
    // Statutory 10 working days → Mon 11-16; 3 more → 11-19.
    expect([old.dueAt, oldStatutory.dueAt]).toEqual(['2026-11-11T15:59:59.999Z', '2026-11-16T15:59:59.999Z']);
    const effects = it.send(extend, sh('2026-11-05 10:00'));
    expect(effects).toEqual([
      expect.objectContaining({ type: 'notify', to: 'applicant', template: 'deadline-extended' }),
      { type: 'timer.cancel', timerId: old.timerId, nodeId: null },
      expect.objectContaining({ nodeId: null, purpose: 'item-deadline', dueAt: '2026-11-16T15:59:59.999Z' }),
      { type: 'timer.cancel', timerId: oldStatutory.timerId, nodeId: null },
      expect.objectContaining({ nodeId: null, purpose: 'statutory-deadline', dueAt: '2026-11-19T15:59:59.999Z' }),
    ]);
    expect(ofType(effects, 'notify')[0].payload).toEqual({
      applicationId: 'app-1',
      applicant: 'alice',
      days: 3,
      reason: '情况复杂',
      deadline: '2026-11-16T15:59:59.999Z',
      statutoryDeadline: '2026-11-19T15:59:59.999Z',
    });
    const v = it.view(sh('2026-11-05 10:00'));
    expect([v.deadline, v.statutoryDeadline]).toEqual(['2026-11-16T15:59:59.999Z', '2026-11-19T15:59:59.999Z']);
    expect(v.extension).toEqual({ days: 3, reason: '情况复杂', approver: 'director', at: sh('2026-11-05 10:00') });
    expect(it.send({ type: 'timer', timerId: old.timerId }, old.dueAt)).toEqual([]);
  });

  test('once per item, only before the deadline, with days, reason and approver', () => {
    const it = accepted();
    expect(it.refused({ ...extend, days: 0 }, T0).code).toBe('INVALID_DAYS');
    expect(it.refused({ ...extend, days: 1.5 }, T0).code).toBe('INVALID_DAYS');
    expect(it.refused({ ...extend, reason: '' }, T0).code).toBe('REASON_REQUIRED');
    expect(it.refused({ ...extend, approver: '' }, T0).code).toBe('APPROVER_REQUIRED');
    expect(it.refused(extend, '2026-11-11T16:00:00.000Z').code).toBe('DEADLINE_PASSED');
    it.send(extend, '2026-11-11T15:59:59.999Z');
    const err = it.refused(extend, sh('2026-11-12 09:00'));
    expect([err.code, err.status]).toEqual(['ALREADY_EXTENDED', 409]);
  });

  test('an extension while paused takes effect when the clock resumes', () => {
    const it = accepted();
    it.send(
      { type: 'pause', reason: '专家评审', kind: 'expert-review', expectedDays: 10, actor: 'fire1' },
      sh('2026-11-03 09:00'),
    );
    expect(it.send(extend, sh('2026-11-03 10:00')).filter((e) => e.type.startsWith('timer'))).toEqual([]);
    const effects = it.send({ type: 'resume', actor: 'fire1' }, sh('2026-11-04 09:00'));
    // Paused 11-03 and 11-04: 11-11 + 2 + 3 working days → 11-18.
    expect(ofType(effects, 'timer.schedule').find((t) => t.nodeId === null)?.dueAt).toBe('2026-11-18T15:59:59.999Z');
  });
});

describe('withdraw', () => {
  test('withdrawing closes every task and cancels every timer', () => {
    const it = parallelReview();
    const effects = it.send({ type: 'withdraw', reason: '不再需要', actor: 'alice' }, sh('2026-09-29 10:00'));
    expect(ofType(effects, 'task.close').map((t) => t.reason)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(it.timers.size).toBe(0);
    const v = it.view(sh('2026-09-29 10:00'));
    expect(v).toMatchObject({ status: 'withdrawn', outcome: 'withdrawn', openTasks: [], activeNodes: [] });
    expect(v.history.at(-1)).toMatchObject({ actor: 'alice', action: 'withdraw', note: '不再需要' });
    expect(it.refused({ type: 'withdraw', actor: 'alice' }, sh('2026-09-29 11:00')).code).toBe('COMMAND_NOT_ALLOWED');
  });

  test('withdrawing a paused item closes its pause', () => {
    const it = parallelReview();
    it.send({ type: 'pause', reason: '补正', kind: 'supplement', actor: 'plan1' }, sh('2026-09-29 09:00'));
    it.send({ type: 'withdraw', actor: 'alice' }, sh('2026-09-30 09:00'));
    expect(it.view(sh('2026-09-30 09:00')).pauses[0].to).toBe(sh('2026-09-30 09:00'));
    expect(it.view(sh('2026-09-30 09:00')).clockPaused).toBe(false);
  });

  test('before acceptance too', () => {
    const it = new Item(workflow('instant'), sh('2026-09-28 09:00'), input({ materials: [] }));
    it.send({ type: 'withdraw', actor: 'alice' }, sh('2026-09-28 09:30'));
    expect(it.view(sh('2026-09-28 09:30')).status).toBe('withdrawn');
  });
});

describe('a step that does not count toward the item limit (countsTowardLimit: false)', () => {
  const flow = testFlow(
    [
      review('survey', { name: '现场勘查', countsTowardLimit: false, timeLimit: { days: 5 } }),
      review('decision', { timeLimit: { days: 3 } }),
    ],
    [
      ['accept', 'survey', 'accept'],
      ['survey', 'decision', 'approve'],
      ['decision', 'ok', 'approve'],
      ['accept', 'no', 'reject'],
    ],
  );
  function surveying() {
    const it = new Item(flow, sh('2026-11-02 09:00'), input({ materials: ['A1'] }));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    return it;
  }

  test('the item clock stands still while the step runs; the step keeps its own clock and takes decisions', () => {
    const it = surveying();
    expect(ofType(it.effects, 'timer.schedule').map((t) => [t.nodeId, t.dueAt])).toEqual([
      ['survey', '2026-11-09T15:59:59.999Z'],
    ]);
    expect(it.view(sh('2026-11-04 10:00')).clockPaused).toBe(true);
    const effects = it.decide('survey', 'approve', sh('2026-11-06 10:00'), '勘查完毕');
    // Held 11-02 … 11-06: working days 11-03 … 11-06 are not counted; 11-16 + 4 → 11-20 (statutory: 12-04).
    expect(ofType(effects, 'timer.schedule').map((t) => [t.nodeId, t.dueAt])).toEqual([
      [null, '2026-11-20T15:59:59.999Z'],
      [null, '2026-12-04T15:59:59.999Z'],
      ['decision', '2026-11-11T15:59:59.999Z'],
    ]);
    const v = it.view(sh('2026-11-06 10:00'));
    expect([v.clockPaused, v.deadline]).toEqual([false, '2026-11-20T15:59:59.999Z']);
    expect(v.pauses).toEqual([
      expect.objectContaining({
        kind: 'site-survey',
        node: 'survey',
        from: sh('2026-11-02 10:00'),
        to: sh('2026-11-06 10:00'),
      }),
    ]);
  });

  test('a pause command during the step: resume leaves the item clock held until the step ends', () => {
    const it = surveying();
    it.send(
      { type: 'pause', reason: '听证', kind: 'hearing', expectedDays: 10, actor: 'officer' },
      sh('2026-11-03 10:00'),
    );
    const resumed = it.send({ type: 'resume', actor: 'officer' }, sh('2026-11-05 10:00'));
    expect(ofType(resumed, 'timer.schedule').map((t) => t.nodeId)).toEqual(['survey']);
    // The survey's own clock lost 11-03 … 11-05: 11-09 + 3 → 11-12.
    expect(ofType(resumed, 'timer.schedule')[0].dueAt).toBe('2026-11-12T15:59:59.999Z');
    const left = it.decide('survey', 'approve', sh('2026-11-06 10:00'));
    expect(ofType(left, 'timer.schedule').find((t) => t.nodeId === null)?.dueAt).toBe('2026-11-20T15:59:59.999Z');
  });

  test('withdrawing during the step leaves no timer behind', () => {
    const it = surveying();
    it.send({ type: 'withdraw', actor: 'alice' }, sh('2026-11-03 10:00'));
    expect(it.timers.size).toBe(0);
    expect(it.view(sh('2026-11-03 10:00')).pauses.every((p) => p.to !== null)).toBe(true);
  });
});
