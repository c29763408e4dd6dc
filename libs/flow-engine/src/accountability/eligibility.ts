/** Who a task may go to: its department and the roles and users it names. */
export interface TaskCandidates {
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
}

/** A member of staff as eligibility sees one. */
export interface Person {
  username: string;
  roles: string[];
  department: string | null;
}

/**
 * Whether a person may take (claim or decide) a task: when named on it, or when holding one of its roles in the
 * task's department (a department-less task is the center's). Chief representatives are reviewers of their
 * department, so the same rule lets them decide at the window.
 */
export function mayTake(person: Person, task: TaskCandidates): boolean {
  if (task.candidateUsers.includes(person.username)) return true;
  const hasRole = person.roles.some((role) => task.candidateRoles.includes(role));
  if (!hasRole) return false;
  return task.department === null || task.department === 'center' || task.department === person.department;
}
