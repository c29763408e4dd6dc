import { createWorkCalendar } from '@tongban/work-calendar';
import { LEDGER_ANSWER_DAYS, ledgerDueDate } from './ledger-due';

const calendar = createWorkCalendar();

describe('ledgerDueDate', () => {
  test('five working days after the day the row is written; Mid-Autumn (Friday 2026-09-25) is not one', () => {
    expect(LEDGER_ANSWER_DAYS).toBe(5);
    expect(ledgerDueDate('2026-09-21T02:00:00.000Z', calendar)).toBe('2026-09-29');
  });

  test("the day written is the center's: 01:30 on Tuesday in Beijing is still Monday in UTC", () => {
    expect(ledgerDueDate('2026-09-21T17:30:00.000Z', calendar)).toBe('2026-09-30');
  });

  test('the National Day week is skipped and the make-up Saturday counts; a complaint uses its own period', () => {
    expect(ledgerDueDate('2026-09-30T02:00:00.000Z', calendar)).toBe('2026-10-13');
    expect(ledgerDueDate('2026-09-30T02:00:00.000Z', calendar, 1)).toBe('2026-10-08');
  });
});
