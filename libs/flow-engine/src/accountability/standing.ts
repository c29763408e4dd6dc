import type { Instant } from '../types';

/** A finished item or step as the statistics see it. */
export interface FinishedSpan {
  end: Instant;
  deadline: Instant | null;
  /** Closed because its time ran out (超期默许). */
  lapsed: boolean;
  /** Ended without a result: the item withdrawn, the step cancelled with it or by the flow. */
  cancelled: boolean;
  /** The item was withdrawn by an officer (撤件), not by its applicant. */
  officerWithdrawal: boolean;
}

/** `uncounted`: not part of the on-time figures at all; `untimed`: finished, but with no deadline to meet. */
export type Standing = 'on-time' | 'overdue' | 'untimed' | 'uncounted';

const after = (a: Instant, b: Instant) => Date.parse(a) > Date.parse(b);

/**
 * Where a finished item or step stands in 按时办结率. On time: closed by its deadline and not by lapsing. A
 * withdrawn item (and the steps cancelled with it) is not counted — unless an officer withdrew it after its
 * deadline: withdrawing cannot erase an item that was already overdue.
 */
export function finishedStanding(span: FinishedSpan): Standing {
  if (span.cancelled) {
    return span.officerWithdrawal && span.deadline !== null && after(span.end, span.deadline) ? 'overdue' : 'uncounted';
  }
  if (span.deadline === null) return 'untimed';
  return span.lapsed || after(span.end, span.deadline) ? 'overdue' : 'on-time';
}
