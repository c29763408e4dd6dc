import { Item, input, ofType, review, sh, testFlow, workflow } from '../__tests__/harness';

// parallel-review accepted Mon 2026-09-28; each review has 3 working days from entering it.
// By hand: 09-29 (1), 09-30 (2), 10-01…10-07 National Day, 10-08 Thu (3) → end of 2026-10-08, Shanghai.
const REVIEW_DEADLINE = '2026-10-08T15:59:59.999Z';
const ACCEPTED = sh('2026-09-28 10:00');

function parallelReview() {
  const it = new Item(workflow('parallel-review'), sh('2026-09-28 09:00'), input({ materials: ['M01', 'M02', 'M03'] }));
  it.send({ type: 'accept', actor: 'window1' }, ACCEPTED);
  return it;
}

describe('step deadlines', () => {
  test('review timers are due at the end of the third working day, across National Day', () => {
    const it = parallelReview();
    const steps = ofType(it.effects, 'timer.schedule').filter((t) => t.purpose === 'step-deadline');
    expect(steps.map((t) => [t.nodeId, t.dueAt])).toEqual([
      ['plan', REVIEW_DEADLINE],
      ['fire', REVIEW_DEADLINE],
      ['env', REVIEW_DEADLINE],
    ]);
    expect(it.view(ACCEPTED).openTasks.map((t) => t.deadline)).toEqual([
      REVIEW_DEADLINE,
      REVIEW_DEADLINE,
      REVIEW_DEADLINE,
    ]);
  });

  test('a timer delivered a millisecond early is ignored; at the instant, tacit approval', () => {
    const it = parallelReview();
    const before = it.snapshot;
    const early = { type: 'timer' as const, timerId: it.snapshot.context.clocks.plan.timer! };
    expect(it.send(early, '2026-10-08T15:59:59.998Z')).toEqual([]);
    expect(it.snapshot).toBe(before);
    const taskId = it.task('plan');
    const effects = it.fire('plan', REVIEW_DEADLINE);
    expect(ofType(effects, 'accountability')).toEqual([
      {
        type: 'accountability',
        kind: 'tacit-approval',
        department: 'planning',
        officer: null,
        nodeId: 'plan',
        note: expect.stringContaining('超期默许'),
      },
    ]);
    expect(ofType(effects, 'task.close')).toEqual([{ type: 'task.close', taskId, nodeId: 'plan', reason: 'timeout' }]);
    const v = it.view(REVIEW_DEADLINE);
    expect(v.activeNodes.sort()).toEqual(['env', 'fire', 'join']);
    expect(v.tacitApprovals).toEqual(['plan']);
    expect(v.history.at(-1)).toMatchObject({ actor: 'system', action: 'tacit-approve', nodeId: 'plan' });
  });

  test('tacit approval of every department completes the join and the item', () => {
    const it = parallelReview();
    for (const n of ['plan', 'fire', 'env']) it.fire(n);
    expect(it.view(REVIEW_DEADLINE)).toMatchObject({ status: 'approved', tacitApprovals: ['plan', 'fire', 'env'] });
    expect(ofType(it.effects, 'certificate.issue')).toHaveLength(1);
  });

  test('a tacit approval names the officer when the task went to one named user', () => {
    const flow = testFlow(
      [review('r', { assignees: { roles: [], users: ['zhang'] }, timeLimit: { days: 1 }, onTimeout: 'tacit-approve' })],
      [
        ['accept', 'r', 'accept'],
        ['r', 'ok', 'approve'],
        ['r', 'no', 'reject'],
      ],
    );
    const it = new Item(flow, sh('2026-11-02 09:00'), input({ materials: ['A1'] }));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    const effects = it.fire('r');
    expect(ofType(effects, 'accountability')[0]).toMatchObject({
      kind: 'tacit-approval',
      department: 'r',
      officer: 'zhang',
    });
    expect(it.view(sh('2026-11-04 00:00')).status).toBe('approved');
  });

  test('escalate: overdue-step and a notice to the department head; the step stays open', () => {
    const it = new Item(
      workflow('construction-permit'),
      sh('2026-11-02 09:00'),
      input({ materials: ['P01', 'P02', 'P03', 'P04'], data: { area: 9000 } }),
    );
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    for (const n of ['plan', 'fire', 'env']) it.decide(n, 'approve', sh('2026-11-03 10:00'));
    const due = it.snapshot.context.clocks.committee.due;
    expect(due).toBe('2026-11-05T15:59:59.999Z'); // entered Tue 11-03, 2 working days
    const effects = it.fire('committee');
    expect(effects.map((e) => e.type)).toEqual(['accountability', 'notify']);
    expect(effects[0]).toMatchObject({ kind: 'overdue-step', department: 'planning', nodeId: 'committee' });
    expect(effects[1]).toMatchObject({ to: 'department-head:planning', template: 'step-overdue-escalation' });
    expect(it.view(due!)).toMatchObject({ status: 'in-review', activeNodes: ['committee'] });
    const after = it.view('2026-11-05T16:00:00.000Z').stepClocks;
    expect(after).toEqual([expect.objectContaining({ nodeId: 'committee', lapsed: true, warning: 'red' })]);
  });

  test('remind: a notice to the department and overdue-step; the step stays open', () => {
    const it = new Item(
      workflow('one-time-notice'),
      sh('2026-11-02 09:00'),
      input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
    );
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    const effects = it.fire('review');
    expect(effects.map((e) => e.type).sort()).toEqual(['accountability', 'notify']);
    expect(ofType(effects, 'notify')[0]).toMatchObject({ to: 'department:fire', template: 'step-overdue-reminder' });
    expect(ofType(effects, 'accountability')[0]).toMatchObject({ kind: 'overdue-step', department: 'fire' });
    expect(it.view(sh('2026-11-10 00:00')).openTasks).toHaveLength(1);
  });

  test('no onTimeout: the lapse is recorded and nothing else happens', () => {
    const flow = testFlow(
      [review('r', { timeLimit: { days: 2 } })],
      [
        ['accept', 'r', 'accept'],
        ['r', 'ok', 'approve'],
        ['accept', 'no', 'reject'],
      ],
    );
    const it = new Item(flow, sh('2026-11-02 09:00'), input({ materials: ['A1'] }));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    expect(it.fire('r')).toEqual([
      expect.objectContaining({ type: 'accountability', kind: 'overdue-step', nodeId: 'r' }),
    ]);
    expect(it.view(sh('2026-11-05 00:00')).activeNodes).toEqual(['r']);
  });

  test('acceptance left lapsing with tacit-approve counts as accepted from receipt', () => {
    const flow = testFlow(
      [review('r')],
      [
        ['accept', 'r', 'accept'],
        ['r', 'ok', 'approve'],
        ['accept', 'no', 'reject'],
      ],
    );
    const accept = (flow.nodes as { id: string }[]).find((n) => n.id === 'accept')!;
    Object.assign(accept, { timeLimit: { days: 5 }, onTimeout: 'tacit-approve' });
    const it = new Item(flow, sh('2026-11-02 09:00'), input({ materials: [] }));
    const effects = it.fire('accept');
    expect(ofType(effects, 'accountability')[0]).toMatchObject({
      kind: 'tacit-approval',
      department: 'center',
      officer: null,
    });
    const v = it.view(sh('2026-11-09 16:00'));
    expect(v).toMatchObject({ status: 'in-review', acceptedAt: sh('2026-11-02 09:00'), activeNodes: ['r'] });
  });
});

describe('the item clock', () => {
  test('a timer at the promised deadline records overdue-item against the departments still working', () => {
    const it = new Item(
      workflow('one-time-notice'),
      sh('2026-11-02 09:00'),
      input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
    );
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    const item = [...it.timers.values()].find((t) => t.nodeId === null)!;
    expect(item.dueAt).toBe('2026-11-11T15:59:59.999Z'); // Mon 11-02 + 7 working days
    const effects = it.fire(null);
    expect(effects).toEqual([
      expect.objectContaining({
        type: 'accountability',
        kind: 'overdue-item',
        department: 'fire',
        nodeId: 'review',
        officer: null,
      }),
    ]);
    const v = it.view(sh('2026-11-12 09:00'));
    expect([v.warning, v.remainingWorkingDays]).toEqual(['red', 0]);
    expect(it.send({ type: 'timer', timerId: item.timerId }, sh('2026-11-12 09:00'))).toEqual([]);
  });

  test('a finished item has no item timer left and its clock reads as of the finishing instant', () => {
    const it = new Item(
      workflow('one-time-notice'),
      sh('2026-11-02 09:00'),
      input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
    );
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    it.decide('review', 'approve', sh('2026-11-03 10:00'));
    expect(it.timers.size).toBe(0);
    const later = it.view(sh('2026-12-30 10:00'));
    expect([later.status, later.warning, later.remainingWorkingDays]).toEqual(['approved', 'green', 7]);
  });
});
