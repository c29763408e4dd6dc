import type { ItemStatus, Outcome } from '../types';

/** The statuses an item ends in (办结): nothing runs on for it any more, no clock, card or task. */
export const FINAL_STATUSES: readonly Outcome[] = ['approved', 'rejected', 'withdrawn'];

/** The statuses of an item still being handled: every status that is not final. */
export const OPEN_STATUSES: readonly ItemStatus[] = ['submitted', 'awaiting-supplement', 'in-review'];

/** The final statuses that decide the application (准予 / 不予许可): a result document, a rating, a certificate. */
export const DECIDED_STATUSES: readonly Outcome[] = ['approved', 'rejected'];

const FINAL: ReadonlySet<string> = new Set(FINAL_STATUSES);
const DECIDED: ReadonlySet<string> = new Set(DECIDED_STATUSES);

/** Whether an item in this status is finished (办结). */
export function isFinal(status: string): boolean {
  return FINAL.has(status);
}

/** Whether an item in this status was decided: approved or rejected, not withdrawn and not still running. */
export function isDecided(status: string): boolean {
  return DECIDED.has(status);
}
