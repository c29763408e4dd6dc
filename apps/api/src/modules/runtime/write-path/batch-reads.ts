import type { CommandResponse } from '@tongban/flow-engine';
import type { KnownInstance } from '../instance-rows';
import { type CommandRequest, keyOf } from './command-request';
import type { InstanceCache } from './instance-cache.service';

/** A transaction's manager, or prepared statements outside one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- both answer rows of whatever the SQL selects
export type Queryable = { query(sql: string, params: unknown[]): Promise<any> };

export type Replays = Map<string, { hash: string; response: CommandResponse }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The stored answers of the batch's idempotency keys. Locking, the keys are first taken one at a time across
 * the cluster (advisory locks, in one global order so two batches cannot deadlock): a twin that committed
 * first is then certainly seen and replayed.
 */
export async function readReplays(q: Queryable, requests: CommandRequest[], locking: boolean): Promise<Replays> {
  const keyed = requests.filter((request) => request.idempotencyKey);
  const replays: Replays = new Map();
  if (!keyed.length) return replays;
  if (locking) {
    const keys = [...new Set(keyed.map((request) => keyOf(request.actor, request.idempotencyKey!)))];
    await q.query(
      `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[]) k ORDER BY h) s`,
      [keys],
    );
  }
  const rows: { actor: string; key: string; hash: string; response: CommandResponse }[] = await q.query(
    `SELECT actor, key, request_hash AS "hash", response FROM idempotency_record
     WHERE (actor, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [keyed.map((request) => request.actor), keyed.map((request) => request.idempotencyKey)],
  );
  for (const row of rows) replays.set(keyOf(row.actor, row.key), { hash: row.hash, response: row.response });
  return replays;
}

/**
 * Every instance the batch touches. Optimistically, what this process last committed (the cache) serves; the rest
 * is read in one statement. Locking, everything is read, in key order, so concurrent batches queue instead of
 * deadlocking.
 */
export async function readInstances(
  q: Queryable,
  ids: string[],
  locking: boolean,
  cache: InstanceCache,
): Promise<Map<string, KnownInstance>> {
  const instances = new Map<string, KnownInstance>();
  if (!locking) {
    for (const id of ids) {
      const cached = cache.instance(id);
      if (cached) instances.set(id, cached);
    }
  }
  const missing = [...new Set(ids.filter((id) => UUID.test(id) && !instances.has(id)))];
  if (!missing.length) return instances;
  const rows: (KnownInstance & { applicationId: string })[] = await q.query(
    `SELECT application_id AS "applicationId", snapshot, version, center_id AS "centerId", flow_key AS "flowKey",
            flow_version AS "flowVersion"
     FROM process_instance WHERE application_id = ANY($1::uuid[])
     ${locking ? 'ORDER BY application_id FOR UPDATE' : ''}`,
    [missing],
  );
  for (const { applicationId, ...instance } of rows) instances.set(applicationId, instance);
  return instances;
}
