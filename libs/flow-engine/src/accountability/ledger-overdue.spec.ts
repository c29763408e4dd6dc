import { ledgerEntryOverdue } from './ledger-overdue';

describe('ledgerEntryOverdue', () => {
  const due = '2026-11-09';

  test('open on its due date: not yet', () => {
    expect(ledgerEntryOverdue({ dueDate: due, closedOn: null }, '2026-11-09')).toBe(false);
  });

  test('open the day after its due date: overdue', () => {
    expect(ledgerEntryOverdue({ dueDate: due, closedOn: null }, '2026-11-10')).toBe(true);
  });

  test('closed by its due date: never overdue afterwards', () => {
    expect(ledgerEntryOverdue({ dueDate: due, closedOn: '2026-11-09' }, '2026-12-31')).toBe(false);
  });

  test('closed after its due date: stays flagged', () => {
    expect(ledgerEntryOverdue({ dueDate: due, closedOn: '2026-11-11' }, '2026-12-31')).toBe(true);
  });

  test('no due date: never flagged', () => {
    expect(ledgerEntryOverdue({ dueDate: null, closedOn: null }, '2026-12-31')).toBe(false);
  });
});
