import { input, Item, ofType, review, sh, testFlow, workflow } from '../__tests__/harness';

// one-time-notice: promised 7, statutory 10 working days; accepted Mon 11-02 → 11-11 and 11-16.
function accepted() {
  const it = new Item(
    workflow('one-time-notice'),
    sh('2026-11-02 09:00'),
    input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
  );
  it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
  return it;
}

describe('the statutory clock (法定时限)', () => {
  test('acceptance schedules both deadlines; the view shows both', () => {
    const it = accepted();
    expect([...it.timers.values()].filter((t) => t.nodeId === null).map((t) => [t.purpose, t.dueAt])).toEqual([
      ['item-deadline', '2026-11-11T15:59:59.999Z'],
      ['statutory-deadline', '2026-11-16T15:59:59.999Z'],
    ]);
    const v = it.view(sh('2026-11-03 09:00'));
    expect([v.deadline, v.statutoryDeadline]).toEqual(['2026-11-11T15:59:59.999Z', '2026-11-16T15:59:59.999Z']);
  });

  test('passing it writes one statutory-overdue entry per step where the item stands, once', () => {
    const it = accepted();
    it.fire(null);
    const effects = it.fire('statutory');
    expect(effects).toEqual([
      {
        type: 'accountability',
        kind: 'statutory-overdue',
        department: 'fire',
        officer: null,
        nodeId: 'review',
        note: '办件超过法定时限（10个工作日）仍未办结',
      },
    ]);
    expect(it.view(sh('2026-11-17 09:00')).history.at(-1)).toMatchObject({
      action: 'statutory-overdue',
      actor: 'system',
    });
    const spent = it.all.filter((e) => e.type === 'timer.schedule' && e.purpose === 'statutory-deadline');
    for (const t of spent)
      expect(it.send({ type: 'timer', timerId: (t as { timerId: string }).timerId }, sh('2026-11-20 09:00'))).toEqual(
        [],
      );
  });

  test('a step assigned to one user names that officer', () => {
    const flow = testFlow(
      [review('r', { assignees: { roles: [], users: ['fire1'] } })],
      [
        ['accept', 'r', 'accept'],
        ['r', 'ok', 'approve'],
        ['accept', 'no', 'reject'],
      ],
    );
    const it = new Item(flow, sh('2026-11-02 09:00'), input({ materials: ['A1'] }));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    const effects = it.fire('statutory');
    expect(ofType(effects, 'accountability')).toEqual([
      expect.objectContaining({ department: 'r', officer: 'fire1', nodeId: 'r' }),
    ]);
  });

  test('a pause moves it on with the promised one; a finished item leaves no statutory timer', () => {
    const it = accepted();
    it.send(
      { type: 'pause', reason: '听证', kind: 'hearing', expectedDays: 5, actor: 'fire1' },
      sh('2026-11-03 09:00'),
    );
    expect([...it.timers.values()].filter((t) => t.nodeId === null)).toEqual([]);
    const resumed = it.send({ type: 'resume', actor: 'fire1' }, sh('2026-11-04 09:00'));
    // 11-03 and 11-04 not counted: 11-16 + 2 working days → 11-18.
    expect(ofType(resumed, 'timer.schedule').find((t) => t.purpose === 'statutory-deadline')?.dueAt).toBe(
      '2026-11-18T15:59:59.999Z',
    );
    it.decide('review', 'approve', sh('2026-11-05 09:00'));
    expect(it.timers.size).toBe(0);
  });
});
