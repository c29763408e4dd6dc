/**
 * A center's own rules for its items (中心设置). An item keeps the rules in force when it was submitted,
 * so its log replays to the same state whatever the center decides later.
 */
export interface CenterPolicy {
  /** 补正期限: working days the applicant has to supplement after a one-time notice; past it, 视为撤回. */
  supplementDays: number;
  /** §32: an application neither accepted nor noticed within this many working days counts as accepted from receipt; null: off. */
  deemedAcceptanceDays: number | null;
  /** §42: the most working days one extension may add. */
  extensionMaxDays: number;
  /** 预警: working days before the promised deadline when a card turns to `warning`, unless the flow says otherwise. */
  warnAtRemainingDays: number;
}

/** The law's numbers and deployed practice (domain.md), where a center has set nothing. */
export const DEFAULT_CENTER_POLICY: Readonly<CenterPolicy> = Object.freeze({
  supplementDays: 20,
  deemedAcceptanceDays: 5,
  extensionMaxDays: 10,
  warnAtRemainingDays: 2,
});

/** A complete policy: what the center set, the defaults for the rest. */
export function centerPolicy(set?: Partial<CenterPolicy> | null): CenterPolicy {
  const policy = { ...DEFAULT_CENTER_POLICY };
  for (const key of Object.keys(policy) as (keyof CenterPolicy)[]) {
    if (set && set[key] !== undefined) (policy as Record<string, unknown>)[key] = set[key];
  }
  return policy;
}

/** The rules an item runs under (snapshots older than the policy run under the defaults). */
export function policyOf(s: { policy?: CenterPolicy }): CenterPolicy {
  return s.policy ?? centerPolicy();
}
