import type { WorkCalendar } from '@tongban/work-calendar';
import type { Instant } from '../types';

/** Working days a center has to answer a new ledger row (a complaint's rectification period is its own setting). */
export const LEDGER_ANSWER_DAYS = 5;

/**
 * The last day (`YYYY-MM-DD`, the center's calendar) to answer a ledger row written at `openedAt`: that many
 * working days after the day it was written.
 */
export function ledgerDueDate(openedAt: Instant, calendar: WorkCalendar, workingDays = LEDGER_ANSWER_DAYS): string {
  return calendar.addWorkingDays(calendar.dateOf(openedAt), workingDays);
}
