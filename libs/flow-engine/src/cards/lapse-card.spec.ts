import { cardOfLapse, lapseKindsOf } from './lapse-card';

describe('cardOfLapse', () => {
  test('the promised deadline passing is 黄牌; the statutory one or a step limit passing is 红牌', () => {
    expect(cardOfLapse('overdue-item')).toBe('yellow');
    expect(cardOfLapse('statutory-overdue')).toBe('red');
    expect(cardOfLapse('overdue-step')).toBe('red');
  });

  test('faults that are not a limit passing issue no card', () => {
    for (const kind of ['tacit-approval', 'second-notice', 'refusal-without-reason', 'deemed-accepted', 'complaint']) {
      expect(cardOfLapse(kind)).toBeNull();
    }
    expect(cardOfLapse('officer-withdrawal')).toBeNull();
    expect(cardOfLapse('complaint-overdue')).toBeNull();
  });

  test('the kinds listed per card are exactly the kinds the function answers that card for', () => {
    expect(lapseKindsOf('yellow')).toEqual(['overdue-item']);
    expect(lapseKindsOf('red').sort()).toEqual(['overdue-step', 'statutory-overdue']);
    for (const card of ['yellow', 'red'] as const) {
      for (const kind of lapseKindsOf(card)) expect(cardOfLapse(kind)).toBe(card);
    }
  });
});
