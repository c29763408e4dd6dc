/** A ledger row's answer date and when (which day, in the center's calendar) it was closed, if it was. */
export interface LedgerDue {
  /** `YYYY-MM-DD`, the last day to answer; null: no date set. */
  dueDate: string | null;
  closedOn: string | null;
}

/**
 * Whether a ledger row (a complaint's rectification included) is past its own due date: still open after that day,
 * or closed only after it. Dates are the center's calendar days, so `today` is the center's date of "now".
 */
export function ledgerEntryOverdue(entry: LedgerDue, today: string): boolean {
  if (entry.dueDate === null) return false;
  return (entry.closedOn ?? today) > entry.dueDate;
}
