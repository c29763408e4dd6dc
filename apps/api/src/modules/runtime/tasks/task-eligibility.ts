import type { AuthUser } from '../../identity';

export interface TaskCandidates {
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
}

export interface Person {
  username: string;
  roles: string[];
  department: string | null;
}

/**
 * A person may take a task when named on it, or when holding one of its roles in the task's department
 * (a department-less task is the center's). Chief representatives are reviewers of their department, so
 * the same rule lets them decide at the window.
 */
export function mayTake(person: Person, task: TaskCandidates): boolean {
  if (task.candidateUsers.includes(person.username)) return true;
  const hasRole = person.roles.some((role) => task.candidateRoles.includes(role));
  if (!hasRole) return false;
  return task.department === null || task.department === 'center' || task.department === person.department;
}

export function personOf(user: AuthUser): Person {
  return { username: user.username, roles: user.roles, department: user.department };
}
