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
