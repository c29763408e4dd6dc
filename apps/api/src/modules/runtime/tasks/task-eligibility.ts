import { type ActingPerson, mayTake, type Person, takenAs, type TaskCandidates } from '@tongban/flow-engine';
import type { AuthUser } from '../../identity';

export { mayTake, takenAs };
export type { ActingPerson, Person, TaskCandidates };

export function personOf(user: AuthUser): Person {
  return { username: user.username, roles: user.roles, department: user.department };
}

/**
 * `mayTake` (libs/flow-engine) in SQL, for the inbox to count and cut pages in the database: person `p`
 * (username, roles, department) may take task row `t` — named on it, holding its claim, of the department whose
 * queue it is (naming nobody), or holding one of its roles in its department (none or `center`: any). The spec
 * task-eligibility-sql.spec.ts runs both on the same cases.
 */
export const TASK_ELIGIBLE_SQL = (p: string, t: string) => `(
    ${p}.username = ANY(${t}.candidate_users) OR ${t}.claimed_by = ${p}.username
    OR (cardinality(${t}.candidate_users) = 0 AND cardinality(${t}.candidate_roles) = 0
        AND ${t}.department = ${p}.department)
    OR (${t}.candidate_roles && ${p}.roles
        AND (${t}.department IS NULL OR ${t}.department = 'center' OR ${t}.department = ${p}.department)))`;

/**
 * The inbox's first, index-friendly cut: tasks naming one of `usernames` or held by one, open to one of `roles`,
 * or the queue of one of `departments` (text[] parameters, `inboxCandidates` of the people the caller acts as).
 * Every task TASK_ELIGIBLE_SQL lets one of those people take passes it.
 */
export const TASK_CANDIDATE_FILTER_SQL = (t: string, usernames: string, roles: string, departments: string) =>
  `${t}.candidate_users && ${usernames}::text[] OR ${t}.candidate_roles && ${roles}::text[]
   OR ${t}.claimed_by = ANY(${usernames}::text[])
   OR (${t}.department = ANY(${departments}::text[]) AND ${t}.candidate_users = '{}' AND ${t}.candidate_roles = '{}')`;
