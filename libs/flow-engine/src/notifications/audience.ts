/**
 * Who a message is for, as the outbox stores it until the dispatcher knows the people: the item's applicant, named
 * users, or a department's staff (optionally only those holding some roles, or its heads).
 */
export interface Audience {
  applicant?: boolean;
  users?: string[];
  department?: string | null;
  roles?: string[];
  heads?: boolean;
}

/** A staff member as the dispatcher sees them. */
export interface StaffMember {
  username: string;
  roles: string[];
  department: string | null;
}

/**
 * The audience of an engine `notify` effect's address: `applicant`, `department:<code>` (the department's staff),
 * `department-head:<code>` (its heads), `user:<name>` or a bare user name (a `notification` node's `to`), or a
 * role name (`officer`, `reviewer`, …: everyone holding it).
 */
export function audienceOfAddress(to: string, roles: readonly string[]): Audience {
  if (to === 'applicant') return { applicant: true };
  const [scheme, rest] = splitAddress(to);
  if (scheme === 'department') return { department: rest || null };
  if (scheme === 'department-head') return { department: rest || null, heads: true };
  if (scheme === 'user') return { users: [rest] };
  if (scheme === 'role') return { roles: [rest] };
  if (roles.includes(to)) return { roles: [to] };
  return { users: [to] };
}

function splitAddress(to: string): [string, string] {
  const colon = to.indexOf(':');
  return colon < 0 ? ['', to] : [to.slice(0, colon), to.slice(colon + 1)];
}

/** The audience of a new task: its named candidates, else its department's holders of its candidate roles. */
export function audienceOfTask(task: {
  candidateUsers: readonly string[];
  candidateRoles: readonly string[];
  department: string | null;
}): Audience {
  if (task.candidateUsers.length) return { users: [...task.candidateUsers] };
  return { department: task.department, roles: [...task.candidateRoles] };
}

/**
 * The people an audience names among the center's staff (plus the item's applicant), each once. A department's
 * heads are its `head` role holders; a department without one escalates to all its staff, so the notice is not lost.
 */
export function membersOf(audience: Audience, staff: readonly StaffMember[], applicant: string | null): string[] {
  const members = new Set<string>();
  if (audience.applicant && applicant) members.add(applicant);
  for (const user of audience.users ?? []) members.add(user);
  if (audience.department !== undefined || audience.roles?.length) {
    const inScope = staff.filter(
      (s) =>
        (audience.department == null || s.department === audience.department) &&
        (!audience.roles?.length || s.roles.some((r) => audience.roles!.includes(r))),
    );
    const heads = audience.heads ? inScope.filter((s) => s.roles.includes('head')) : [];
    for (const s of heads.length ? heads : inScope) members.add(s.username);
  }
  return [...members];
}
