import { input, Item, sh, workflow } from '../__tests__/harness';

// one-time-notice: promised 7, statutory 10 working days, no flow warning lead (the center's default: 2).
function accepted(policy = {}) {
  const it = new Item(
    workflow('one-time-notice'),
    sh('2026-11-02 09:00'),
    input({ materials: ['F01', 'F02', 'F03', 'F04'], policy }),
  );
  it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
  return it;
}

describe('cards on the item view', () => {
  test('the item: normal, warning in its last 2 working days, yellow past the promised, red past the statutory', () => {
    const it = accepted();
    // Promised Wed 11-11, statutory Mon 11-16.
    const cards = [
      '2026-11-09 09:00',
      '2026-11-10 09:00',
      '2026-11-11 23:00',
      '2026-11-12 09:00',
      '2026-11-17 09:00',
    ].map((at) => it.view(sh(at)).card);
    expect(cards).toEqual(['normal', 'warning', 'warning', 'yellow', 'red']);
    // The contract's `warning` keeps its meaning (the flow's lead, default 1 working day).
    expect(it.view(sh('2026-11-10 09:00')).warning).toBe('green');
  });

  test("the center's warning lead is used when the flow has none", () => {
    const it = accepted({ warnAtRemainingDays: 4 });
    expect(it.view(sh('2026-11-06 09:00')).card).toBe('warning');
    expect(it.view(sh('2026-11-05 09:00')).card).toBe('normal');
  });

  test('steps: warning in their last working days, red past their own deadline, even while the item is in time', () => {
    const it = accepted();
    // The fire review: 5 working days → Mon 11-09.
    const step = (at: string) => it.view(sh(at)).stepClocks.map((c) => [c.nodeId, c.card]);
    expect(step('2026-11-05 09:00')).toEqual([['review', 'normal']]);
    expect(step('2026-11-06 09:00')).toEqual([['review', 'warning']]);
    expect(step('2026-11-10 09:00')).toEqual([['review', 'red']]);
    expect(it.view(sh('2026-11-10 09:00')).card).toBe('warning');
  });

  test('an item late at acceptance: its acceptance step is red while the item (not accepted) is normal', () => {
    const it = new Item(
      workflow('one-time-notice'),
      sh('2026-11-02 09:00'),
      input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
    );
    const v = it.view(sh('2026-11-04 09:00'));
    expect([v.card, v.stepClocks.map((c) => [c.nodeId, c.card])]).toEqual(['normal', [['accept', 'red']]]);
  });

  test('a paused item keeps its card however long the pause lasts', () => {
    const it = accepted();
    // The day of the pause is not counted: paused on Wed 11-11 the deadline is Thu 11-12, two working days left.
    it.send(
      { type: 'pause', reason: '专家评审', kind: 'expert-review', expectedDays: 30, actor: 'fire1' },
      sh('2026-11-11 09:00'),
    );
    expect(it.view(sh('2026-11-11 10:00')).card).toBe('warning');
    expect(it.view(sh('2026-12-20 10:00')).card).toBe('warning');
  });

  test('no card on a finished item', () => {
    const it = accepted();
    it.decide('review', 'approve', sh('2026-11-12 09:00'));
    const v = it.view(sh('2026-11-13 09:00'));
    expect([v.status, v.card, v.stepClocks]).toEqual(['approved', null, []]);
  });

  test('calendarOfficial: false once a deadline rests on a year without an official holiday notice', () => {
    const it = new Item(
      workflow('one-time-notice'),
      sh('2026-12-24 09:00'),
      input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
    );
    expect(it.view(sh('2026-12-24 10:00')).calendarOfficial).toBe(true);
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-12-24 10:00'));
    // Promised 7 working days from Thu 12-24 end in January 2027 (1-1 guessed a workday: its notice is not in the
    // data); the review's 5 end on 12-31.
    const v = it.view(sh('2026-12-24 11:00'));
    expect([v.deadline, v.calendarOfficial, v.stepClocks[0].calendarOfficial]).toEqual([
      '2027-01-04T15:59:59.999Z',
      false,
      true,
    ]);
    expect(accepted().view(sh('2026-11-03 09:00')).calendarOfficial).toBe(true);
  });
});
