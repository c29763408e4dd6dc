import type { TaskOpenEffect } from '../effects';
import { decisionStanding, type DecidingPerson } from './chief-representative';

/** Who a task may go to: its department and the roles and users it names, and who holds it (认领). */
export interface TaskCandidates {
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
  claimedBy?: string | null;
}

/** A member of staff as eligibility sees one. */
export interface Person {
  username: string;
  roles: string[];
  department: string | null;
}

/** A person the caller acts as: itself (`behalf` null) or an absent A post it covers as B (`behalf` A). */
export interface ActingPerson {
  person: Person;
  behalf: string | null;
}

/**
 * Whether a person may take (claim or decide) a task: when named on it, when holding its claim, when holding one
 * of its roles in the task's department (a department-less task is the center's), or — for a task naming neither
 * users nor roles, its department's queue (转办 without a B post) — when of its department. Chief representatives
 * are reviewers of their department, so the same rule lets them decide at the window. `TASK_ELIGIBLE_SQL` in the
 * API's inbox says the same in SQL (a spec there checks that both agree).
 */
export function mayTake(person: Person, task: TaskCandidates): boolean {
  if (task.candidateUsers.includes(person.username)) return true;
  if (task.claimedBy != null && task.claimedBy === person.username) return true;
  if (isDepartmentQueue(task)) return task.department === person.department;
  const hasRole = person.roles.some((role) => task.candidateRoles.includes(role));
  if (!hasRole) return false;
  return task.department === null || task.department === 'center' || task.department === person.department;
}

/** A task naming nobody: anyone of its department may take it. */
export function isDepartmentQueue(task: TaskCandidates): boolean {
  return task.candidateUsers.length === 0 && task.candidateRoles.length === 0 && task.department !== null;
}

/**
 * As whom the caller takes a task. undefined: nobody it acts as may; null: the caller itself; a username: B acting
 * for that absent A. A task an absent A claimed is taken for A by its B post, who holds A's claim.
 */
export function takenAs(people: ActingPerson[], task: TaskCandidates): string | null | undefined {
  if (task.claimedBy && people.some(({ behalf }) => behalf === task.claimedBy)) return task.claimedBy;
  // By the task's address first: a B post that claimed a task only an absent A may take still holds it for A
  // (the decision is recorded as made for A); the claim alone counts when nobody it acts as is addressed.
  const unclaimed = { ...task, claimedBy: null };
  for (const { person, behalf } of people) if (mayTake(person, unclaimed)) return behalf;
  for (const { person, behalf } of people) if (mayTake(person, task)) return behalf;
  return undefined;
}

/**
 * How a task shows in the caller's inbox, or null when it does not: one the caller takes (itself, or as B for
 * `actingFor`), one of its department it decides as 首席代表 (`inDepartmentName`, open tasks only), or — when the
 * listing includes closed tasks (`withClosed`) — one it decided. `TASK_VISIBLE` in the API's inbox says the same.
 */
export function inboxEntry(args: {
  caller: DecidingPerson & { username: string };
  people: ActingPerson[];
  task: TaskCandidates & { status: 'open' | 'closed'; completedBy: string | null };
  withClosed: boolean;
}): { actingFor: string | null; inDepartmentName: boolean } | null {
  const { caller, people, task, withClosed } = args;
  const behalf = takenAs(people, task);
  const standing = decisionStanding({ person: caller, task, candidate: behalf !== undefined, inDepartmentName: false });
  const inDepartmentName = standing === 'department' && task.status === 'open';
  const decided = withClosed && task.status !== 'open' && task.completedBy === caller.username;
  if (behalf === undefined && !inDepartmentName && !decided) return null;
  return { actingFor: behalf ?? null, inDepartmentName };
}

/**
 * What the inbox's SQL narrows by before the rule itself (`TASK_ELIGIBLE_SQL`) runs: the people's usernames
 * (named or holding a claim), their roles, and their departments (a department's queue).
 */
export function inboxCandidates(people: ActingPerson[]): {
  usernames: string[];
  roles: string[];
  departments: string[];
} {
  const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  return {
    usernames: unique(people.map(({ person }) => person.username)),
    roles: unique(people.flatMap(({ person }) => person.roles)),
    departments: unique(people.map(({ person }) => person.department)),
  };
}

/**
 * The users a newly opened task names: its candidate users, or — a participant task naming neither users nor
 * roles (a 会签 member as an older log recorded it) — its participant.
 */
export function candidateUsersOf(effect: TaskOpenEffect): string[] {
  return effect.participant && !effect.candidateUsers.length && !effect.candidateRoles.length
    ? [effect.participant]
    : effect.candidateUsers;
}
