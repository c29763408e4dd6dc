import type { BatchRows } from './write-set';

/**
 * The call that writes a whole batch: `tongban_write_batch` (migration BatchWrite1767225840000, last replaced by
 * Accountability1767225920000) does the rest, `tongban_write_outbox` (Notifications1767226000000) writes the
 * messages the batch causes, and `tongban_write_task_addresses` (TaskAddresses1767226040000) the tasks gone to
 * other people — one statement, so they commit or fail together.
 */
export const BATCH_WRITE_SQL =
  'SELECT tongban_write_batch($1::jsonb), tongban_write_outbox($1::jsonb), tongban_write_task_addresses($1::jsonb)';

/**
 * One statement writing a whole batch: the rows of each table that has any, under the table's key in one JSON
 * parameter (`cancelledTimers` is a list of timer ids). The function's plans are cached per connection, so the
 * statement is prepared like the hot reads.
 */
export function batchStatement(rows: BatchRows): { sql: string; params: unknown[] } {
  const parts: Partial<Record<keyof BatchRows, unknown[]>> = {};
  for (const [table, list] of Object.entries(rows) as [keyof BatchRows, unknown[]][]) {
    if (list.length) parts[table] = list;
  }
  if (!Object.keys(parts).length) return { sql: '', params: [] };
  return { sql: BATCH_WRITE_SQL, params: [JSON.stringify(parts)] };
}
