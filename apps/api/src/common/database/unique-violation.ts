const UNIQUE_VIOLATION = '23505';

/**
 * PostgreSQL refused a row because a unique key already holds its value (of `constraint`, when named). TypeORM's
 * QueryFailedError carries the driver's fields on itself.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}
