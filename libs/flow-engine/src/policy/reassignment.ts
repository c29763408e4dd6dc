import type { TaskAddress } from '../types';

/** A disabled officer's A/B post as the shell found it: the B post, and whether that account can still work. */
export interface BackupPost {
  username: string;
  enabled: boolean;
}

/**
 * Where a disabled officer's open tasks go: to its B post (AB岗) when it has one that can still work, otherwise
 * back to its department's queue (null: the role's queue, anyone of the department with the role may claim them).
 *
 * @example reassignmentTarget('planning1', { username: 'planning1b', enabled: true }) // 'planning1b'
 */
export function reassignmentTarget(officer: string, backup: BackupPost | null): string | null {
  if (!backup || !backup.enabled || backup.username === officer) return null;
  return backup.username;
}

/**
 * Whom a task naming a disabled officer by username goes to: `to` (its B post) in the officer's place, or without
 * it (`to` null). A task then naming nobody is its department's queue: the step's department, else the officer's
 * (`officerDepartment`). undefined: the task does not name the officer (its address stays).
 *
 * @example reassignedAddress({ department: 'planning', roles: [], users: ['planning1'] }, 'planning1', null, 'planning')
 * // { department: 'planning', roles: [], users: [] }: anyone of planning may take it
 */
export function reassignedAddress(
  named: TaskAddress,
  officer: string,
  to: string | null,
  officerDepartment: string | null,
): TaskAddress | undefined {
  if (!named.users.includes(officer)) return undefined;
  const users = [...new Set(named.users.flatMap((user) => (user !== officer ? [user] : to ? [to] : [])))];
  const queue = users.length === 0 && named.roles.length === 0;
  const department = queue ? (named.department ?? officerDepartment) : named.department;
  return { department, roles: [...named.roles], users };
}
