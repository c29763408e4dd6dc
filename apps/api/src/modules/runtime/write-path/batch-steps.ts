import { type CommandPlan, type CommandWrite, type EngineSnapshot, requestHash } from '@tongban/flow-engine';
import { conflict, notFound } from '../../../common/api-exception';
import type { Settled } from '../../../common/database/group-committer';
import { toApiException } from '../engine-errors';
import type { KnownInstance } from '../instance-rows';
import { batchStatement } from './batch-statement';
import { type Queryable, readInstances, readReplays, type Replays } from './batch-reads';
import { type CommandOutcome, type CommandRequest, type Job, keyOf } from './command-request';
import type { InstanceCache } from './instance-cache.service';
import { foldWrites } from './write-set';

/** Plans one command against its instance as the batch sees it (the executor gathers the facts). */
export type PlanStep = (request: CommandRequest, instance: KnownInstance) => Promise<CommandPlan>;

/** Jobs stepped in memory: each one's answer, and the statement that writes the accepted ones. */
export interface SteppedJobs {
  settled: Settled<CommandOutcome>[];
  statement: { sql: string; params: unknown[] } | null;
  writes: CommandWrite[];
}

/** What one batch has decided so far: each instance's latest state and each idempotency key's answer. */
interface BatchState {
  instances: Map<string, KnownInstance>;
  replays: Replays;
  writes: CommandWrite[];
}

/**
 * Reads what the jobs need, plans each in arrival order against the state the earlier ones left, and folds what
 * the accepted ones write into one statement. A refused job drops out; the others go on.
 */
export async function stepJobs(
  q: Queryable,
  jobs: Job[],
  locking: boolean,
  cache: InstanceCache,
  plan: PlanStep,
): Promise<SteppedJobs> {
  const requests = jobs.flatMap((job) => (job.kind === 'command' ? [job.request] : []));
  const state: BatchState = {
    replays: await readReplays(q, requests, locking),
    instances: await readInstances(
      q,
      requests.map((request) => request.applicationId),
      locking,
      cache,
    ),
    writes: [],
  };
  const settled: Settled<CommandOutcome>[] = [];
  for (const job of jobs) {
    try {
      const value = job.kind === 'command' ? await stepOne(job.request, state, plan) : created(job.write, state);
      settled.push({ ok: true, value });
    } catch (error) {
      settled.push({ ok: false, error: toApiException(error) });
    }
  }
  const statement = state.writes.length ? batchStatement(foldWrites(state.writes)) : null;
  return { settled, statement, writes: state.writes };
}

/** One command against the batch's view of its instance; throws (writing nothing) when refused. */
async function stepOne(request: CommandRequest, state: BatchState, plan: PlanStep): Promise<CommandOutcome> {
  const key = request.idempotencyKey ? keyOf(request.actor, request.idempotencyKey) : undefined;
  const hash = requestHash(request.applicationId, request.command, request.event);
  const replay = key ? state.replays.get(key) : undefined;
  if (replay) {
    if (replay.hash !== hash) throw conflict('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一条命令');
    return replay.response;
  }
  const instance = state.instances.get(request.applicationId);
  if (!instance) throw notFound('APPLICATION_NOT_FOUND', '办件不存在');
  if (request.expectedVersion !== undefined && request.expectedVersion !== instance.version) {
    throw conflict('STALE_VERSION', `办件已被他人更新（当前版本 ${instance.version}）`, {
      currentVersion: instance.version,
    });
  }
  const { writes, outcome } = await plan(request, instance);
  state.writes.push(...writes);
  state.instances.set(request.applicationId, { ...instance, snapshot: outcome.snapshot, version: outcome.version });
  const stored = writes.at(-1)?.idempotency;
  if (key && stored) state.replays.set(key, { hash, response: stored.response });
  return outcome;
}

/** A submit's write joins the batch as it is; its outcome is known already. */
function created(write: CommandWrite, state: BatchState): CommandOutcome {
  state.writes.push(write);
  return {
    applicationId: write.applicationId,
    status: write.projection.status,
    version: write.version,
    effects: write.effects,
    snapshot: write.snapshot as EngineSnapshot,
  };
}
