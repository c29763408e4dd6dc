import type { VoteRule } from './flow-definition.schema';

/**
 * How many of `of` voters (会签 members, or a join's branches) must agree under a rule: every one, one,
 * at least n (never more than there are), or p percent rounded up (60 % of 5 is 3, of 4 is 3).
 *
 * @example votesNeeded({ percent: 60 }, 5) // 3
 */
export function votesNeeded(rule: VoteRule, of: number): number {
  if (rule === 'all') return of;
  if (rule === 'any') return Math.min(1, of);
  if ('atLeast' in rule) return Math.min(rule.atLeast, of);
  return Math.min(of, Math.ceil((rule.percent * of) / 100));
}

/** The votes cast so far on one step. */
export interface Tally {
  /** Everyone who may vote. */
  of: number;
  approve: number;
  reject: number;
}

/**
 * The result of a vote as soon as it is certain: `approve` once enough approve, `reject` once so many
 * reject that enough approvals can no longer come (with 60 % of 5, the third reject), else `null`.
 *
 * @example voteResult({ percent: 60 }, { of: 5, approve: 1, reject: 3 }) // 'reject'
 */
export function voteResult(rule: VoteRule, tally: Tally): 'approve' | 'reject' | null {
  const need = votesNeeded(rule, tally.of);
  if (tally.approve >= need) return 'approve';
  if (tally.of - tally.reject < need) return 'reject';
  return null;
}
