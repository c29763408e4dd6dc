// 2. Durable engine commands through the service layer, no HTTP: ApplicationsService.submit →
// ApplicationCommands.run('accept') → TasksService.complete ×3, 8 concurrent workers (each one item at a time).
// Also: the same with CommandExecutor.execute alone, and a one-worker profile that splits a command's time into
// SQL round trips, the engine step and the rest.
import { cpuWindow } from './lib/database.mjs';
import { round } from './lib/env.mjs';
import { runItemInMemory } from './lib/engine-item.mjs';
import { interleavedLoad } from './lib/interleave.mjs';
import { runClosedLoop } from './lib/load.mjs';
import { startMetering, stopMetering } from './lib/query-meter.mjs';
import { runItemViaExecutor, runItemViaServices } from './lib/app.mjs';

export const WORKERS = 8;
const COMMANDS_PER_ITEM = 5;

/**
 * After a warm-up, `rounds` rounds of `seconds`, each between two ceiling rounds (`ceiling()` → tx/s): the ratio
 * is the median of the rounds' ratios; SQL round trips, commands per commit and CPU are summed over the rounds.
 */
export async function benchService(services, users, { seconds, warmup, rounds, ceiling, postmasterPid }) {
  const totals = { queries: 0, batches: 0, jobs: 0 };
  const service = await interleavedLoad({
    workers: WORKERS,
    warmup,
    rounds,
    seconds,
    ceiling,
    iteration: (onCommand) => runItemViaServices(services, users, onCommand),
    cpu: () => cpuWindow(postmasterPid),
    window: () => {
      const commitsAtStart = services.executor.groupCommitStats;
      startMetering();
      return () => {
        totals.queries += stopMetering().count;
        const now = services.executor.groupCommitStats;
        totals.batches += now.batches - commitsAtStart.batches;
        totals.jobs += now.jobs - commitsAtStart.jobs;
      };
    },
  });
  const { cpu } = service;

  const executor = await runClosedLoop({
    workers: WORKERS,
    warmupSeconds: Math.min(2, warmup),
    seconds: Math.max(3, Math.round(seconds / 2)),
    iteration: (onCommand) => runItemViaExecutor(services, users, onCommand),
  });

  return {
    workers: WORKERS,
    commandsPerSecond: round(service.perSecond, 1),
    itemsPerSecond: round(service.perSecond / COMMANDS_PER_ITEM, 1),
    ceilingTps: round(service.ceilingTps, 1),
    ratio: round(service.ratio, 3),
    rounds: service.rounds,
    latency: service.latency,
    queriesPerCommand: round(totals.queries / service.commands, 2),
    commandsPerCommit: totals.batches ? round(totals.jobs / totals.batches, 2) : null,
    cpu: { ...cpu, cpuMsPerCommand: cpuMs(cpu.benchProcessCores, cpu.serverCores, service.commands / cpu.wallSeconds) },
    executorOnly: { commandsPerSecond: round(executor.perSecond, 1), latency: executor.latency },
    profile: await profileOneWorker(services, users, Math.max(3, Math.round(seconds / 3))),
  };
}

/**
 * One worker, so nothing overlaps: wall time per command = SQL round trips (pg's query() until its result) +
 * engine (inspect, step, inspect — measured on the same item in memory) + the rest (Nest services, TypeORM,
 * JSON (de)serialisation of snapshots and payloads, the event loop).
 */
async function profileOneWorker(services, users, seconds) {
  await runItemViaServices(services, users);
  let commands = 0;
  startMetering();
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await runItemViaServices(services, users, () => commands++);
  }
  const wallMs = performance.now() - started;
  const sql = stopMetering();
  const engineMs = engineMsPerCommand();
  const msPerCommand = wallMs / commands;
  const sqlMs = sql.ms / commands;
  return {
    commandsPerSecond: round((commands / wallMs) * 1000, 1),
    msPerCommand: round(msPerCommand, 3),
    sqlMsPerCommand: round(sqlMs, 3),
    engineMsPerCommand: round(engineMs, 3),
    otherMsPerCommand: round(msPerCommand - sqlMs - engineMs, 3),
    queriesPerCommand: round(sql.count / commands, 2),
    queries: sql.byKind.map(({ kind, count, ms }) => ({
      kind,
      perCommand: round(count / commands, 2),
      msPerCommand: round(ms / commands, 3),
    })),
  };
}

/** CPU milliseconds (Node + PostgreSQL) per command: busy cores ÷ commands per second. */
export function cpuMs(nodeCores, serverCores, perSecond) {
  if (nodeCores === null || serverCores === null || !perSecond) return null;
  return round(((nodeCores + serverCores) / perSecond) * 1000, 3);
}

function engineMsPerCommand() {
  for (let i = 0; i < 200; i++) runItemInMemory(`warm-${i}`);
  let items = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) runItemInMemory(`profile-${items++}`);
  return (performance.now() - started) / (items * COMMANDS_PER_ITEM);
}
