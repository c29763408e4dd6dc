import type { FlowDefinition } from './flow-definition.schema';

/** One account of a center as validation and the engine need it. */
export interface DirectoryUser {
  username: string;
  roles: readonly string[];
  department: string | null;
}

/**
 * The departments, roles and accounts of one center: facts the caller loaded (the libraries never look
 * them up). Validation checks a flow against it; the engine expands a 会签 over a role into its members.
 */
export interface FlowDirectory {
  departments: readonly string[];
  roles: readonly string[];
  users: readonly DirectoryUser[];
}

/**
 * The usernames holding `role` in `department` (anywhere in the center when the step names no
 * department), in the directory's order.
 *
 * @example roleMembers(directory, 'reviewer', 'planning') // ['planning1', 'planning1b']
 */
export function roleMembers(directory: FlowDirectory, role: string, department: string | null | undefined): string[] {
  return directory.users
    .filter((u) => u.roles.includes(role) && (!department || u.department === department))
    .map((u) => u.username);
}

/**
 * The members of a 会签 (`mode: all`): each listed user, then each member of each listed role, once each.
 * A role with no member stays as the role itself, so the step still has someone to go to.
 */
export function countersignMembers(
  directory: FlowDirectory,
  assignees: { roles: readonly string[]; users: readonly string[] },
  department: string | null | undefined,
): { kind: 'user' | 'role'; name: string }[] {
  const seen = new Set<string>();
  const members: { kind: 'user' | 'role'; name: string }[] = [];
  const addUser = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    members.push({ kind: 'user', name });
  };
  assignees.users.forEach(addUser);
  for (const role of assignees.roles) {
    const found = roleMembers(directory, role, department);
    if (found.length === 0) members.push({ kind: 'role', name: role });
    else found.forEach(addUser);
  }
  return members;
}

const usesDirectory = new WeakMap<FlowDefinition, boolean>();

/**
 * Whether running the flow needs the directory: it has a 会签 (`mode: all`) over a role. Callers on a hot
 * path skip loading the directory otherwise. Remembered per definition object.
 */
export function needsDirectory(def: FlowDefinition): boolean {
  let known = usesDirectory.get(def);
  if (known === undefined) {
    known = def.nodes.some((n) => n.type === 'review' && n.mode === 'all' && n.assignees.roles.length > 0);
    usesDirectory.set(def, known);
  }
  return known;
}

/**
 * The part of a directory a flow's steps can use: the accounts that could be members of one of its 会签
 * (a listed role in the step's department), with those departments and roles. The shell records it with
 * each event, so replaying the log gives the same tasks whatever the directory holds later.
 */
export function directoryFacts(def: FlowDefinition, directory: FlowDirectory): FlowDirectory {
  const countersigns = def.nodes.flatMap((n) =>
    n.type === 'review' && n.mode === 'all' && n.assignees.roles.length > 0 ? [n] : [],
  );
  const member = (u: DirectoryUser) =>
    countersigns.some(
      (n) => n.assignees.roles.some((r) => u.roles.includes(r)) && (!n.department || u.department === n.department),
    );
  const departments = new Set(countersigns.flatMap((n) => (n.department ? [n.department] : [])));
  const roles = new Set(countersigns.flatMap((n) => n.assignees.roles));
  return {
    departments: directory.departments.filter((d) => departments.has(d)),
    roles: directory.roles.filter((r) => roles.has(r)),
    users: directory.users.filter(member),
  };
}
