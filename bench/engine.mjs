// 4. The in-memory engine against bpmn-engine (npm) on the same process: start → user task accept → parallel
// gateway → 3 user tasks → join → end (bench/bpmn/parallel-review.bpmn; ours runs workflows/parallel-review.json).
// N instances each, after a warm-up. Both are given their parsed process once (our compiled machine is cached
// per definition; bpmn-engine gets a serialized `sourceContext`, so no XML is parsed per instance).
//
// Ours always runs the way the API runs it: each command starts from the stored snapshot JSON, steps, and
// stores JSON again. bpmn-engine in three modes, per instance (5 commands: start, accept, 3 approvals):
//   durable  — the same contract: new Engine + recover(stored state) + resume + signal, then JSON of
//              getState() stored.                                                        ← headline ratio
//   snapshot — one live instance kept in memory, getState() serialised after each command.
//   live     — one live instance, no state captured (bpmn-engine's best case; nothing is durable).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, root, round } from './lib/env.mjs';
import { calendar, definition, engine as ours, START_AT } from './lib/engine-item.mjs';
import { benchStepCost } from './step-cost.mjs';

const REVIEWS = ['plan', 'fire', 'env'];

async function loadBpmnEngine() {
  const [{ Engine }, { default: BpmnModdle }, { default: serializer, TypeResolver }, elements] = await Promise.all([
    import('bpmn-engine'),
    import('bpmn-moddle'),
    import('moddle-context-serializer'),
    import('bpmn-elements'),
  ]);
  const source = fs.readFileSync(path.join(benchDir, 'bpmn/parallel-review.bpmn'), 'utf8');
  const moddleContext = await new BpmnModdle().fromXML(source);
  const sourceContext = serializer(moddleContext, TypeResolver(elements));
  return { Engine, sourceContext };
}

// ---- ours ------------------------------------------------------------------------------------------------

let ids = 0;
const newId = () => `t${(++ids).toString(36)}`;
const ctx = { now: START_AT, newId, calendar };

/** One instance, durable style: every command starts from the stored JSON and stores its result as JSON. */
function oursInstance(n, bytes) {
  let max = 0;
  const store = (snapshot) => {
    const json = JSON.stringify(snapshot);
    max = Math.max(max, json.length);
    return JSON.parse(json);
  };
  const started = ours.start(
    definition,
    { applicationId: `app-${n}`, applicant: 'alice', data: {}, materials: ['M01', 'M02', 'M03'], channel: 'online' },
    ctx,
  );
  let snapshot = store(started.snapshot);
  const accepted = ours.step(definition, snapshot, { type: 'accept', actor: 'window1' }, ctx);
  snapshot = store(accepted.snapshot);
  for (const task of accepted.effects) {
    if (task.type !== 'task.open') continue;
    const decision = { type: 'decide', taskId: task.taskId, decision: 'approve', actor: 'r' };
    snapshot = store(ours.step(definition, snapshot, decision, ctx).snapshot);
  }
  if (snapshot.context.outcome !== 'approved') throw new Error(`ours: ${snapshot.context.outcome}`);
  if (bytes) bytes.push(max);
}

// ---- bpmn-engine -----------------------------------------------------------------------------------------

async function bpmnLive({ Engine, sourceContext }, n, captureState, bytes) {
  const engine = new Engine({ name: `pr-${n}`, sourceContext });
  const execution = await engine.execute();
  let max = 0;
  const capture = async () => {
    if (!captureState) return;
    max = Math.max(max, JSON.stringify(await engine.getState()).length);
  };
  await capture();
  execution.signal({ id: 'accept' });
  await capture();
  for (const id of REVIEWS) {
    execution.signal({ id });
    await capture();
  }
  if (engine.state !== 'idle' || execution.getPostponed().length) throw new Error('bpmn-engine did not finish');
  if (bytes) bytes.push(max);
}

async function bpmnDurable({ Engine, sourceContext }, n, bytes) {
  const first = new Engine({ name: `pr-${n}`, sourceContext });
  await first.execute();
  let json = JSON.stringify(await first.getState());
  let max = json.length;
  let state = JSON.parse(json);
  for (const id of ['accept', ...REVIEWS]) {
    const engine = new Engine({ name: `pr-${n}`, sourceContext }).recover(state);
    const execution = await engine.resume();
    execution.signal({ id });
    json = JSON.stringify(await engine.getState());
    max = Math.max(max, json.length);
    state = JSON.parse(json);
  }
  if (state.state !== 'idle') throw new Error(`bpmn-engine (durable) ended in state ${state.state}`);
  if (bytes) bytes.push(max);
}

/** Warm-up by time (our JIT tiers settle only after a few thousand instances), then n timed instances. */
async function measure(fn, n, warmupSeconds) {
  const until = performance.now() + warmupSeconds * 1000;
  for (let i = 0; performance.now() < until || i < 50; i++) await fn(-1 - i, null);
  const bytes = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn(i, i === 0 ? bytes : null);
  return { instancesPerSecond: (n * 1000) / (performance.now() - started), snapshotBytes: bytes[0] ?? null };
}

/** One engine and mode in this process (the child side of runInChild). */
async function runHere({ engine, mode, n, warmupSeconds }) {
  if (engine === 'ours') return measure(async (i, bytes) => oursInstance(i, bytes), n, warmupSeconds);
  const bpmn = await loadBpmnEngine();
  if (mode === 'durable') return measure((i, bytes) => bpmnDurable(bpmn, i, bytes), n, warmupSeconds);
  return measure((i, bytes) => bpmnLive(bpmn, i, mode === 'snapshot', bytes), n, warmupSeconds);
}

/**
 * Each measurement runs in a fresh Node process: in one process, bpmn-engine's code and garbage slowed our
 * engine down by 2–3× (shared inline caches and GC debt), which says nothing about either engine.
 */
function runInChild(args) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [fileURLToPath(import.meta.url), JSON.stringify(args)],
      { maxBuffer: 2 ** 20 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${args.engine}/${args.mode}: ${stderr || error.message}`));
        resolve(JSON.parse(stdout));
      },
    );
  });
}

export async function benchEngine({ n = 2000, secondaryN = Math.min(n, 500), warmupSeconds = 2, rounds = 3 } = {}) {
  // Ours is fast enough to be measured several times: the median of `rounds` runs of n, each in its own process.
  const oursRuns = [];
  for (let r = 0; r < rounds; r++) oursRuns.push(await runInChild({ engine: 'ours', n, warmupSeconds }));
  oursRuns.sort((a, b) => a.instancesPerSecond - b.instancesPerSecond);
  const oursResult = oursRuns[Math.floor(oursRuns.length / 2)];
  const durable = await runInChild({ engine: 'bpmn', mode: 'durable', n, warmupSeconds });
  const snapshot = await runInChild({
    engine: 'bpmn',
    mode: 'snapshot',
    n: secondaryN,
    warmupSeconds: warmupSeconds / 2,
  });
  const live = await runInChild({ engine: 'bpmn', mode: 'live', n: secondaryN, warmupSeconds: warmupSeconds / 2 });
  const ratio = (other) => round(oursResult.instancesPerSecond / other.instancesPerSecond, 1);
  const stepCost = await benchStepCost();
  return {
    stepCost,
    n,
    process: 'start → accept → parallel(plan, fire, env) → join → end; 5 commands per instance',
    ours: {
      instancesPerSecond: round(oursResult.instancesPerSecond, 0),
      runs: oursRuns.map((run) => round(run.instancesPerSecond, 0)),
      snapshotBytes: oursResult.snapshotBytes,
      note: 'stateless: each command restores from the stored JSON, steps, stores JSON; also computes working-day deadlines, tasks, timers and history',
    },
    bpmnEngine: {
      version: JSON.parse(fs.readFileSync(path.join(root, 'node_modules/bpmn-engine/package.json'), 'utf8')).version,
      durable: { n, instancesPerSecond: round(durable.instancesPerSecond, 1), snapshotBytes: durable.snapshotBytes },
      snapshot: {
        n: secondaryN,
        instancesPerSecond: round(snapshot.instancesPerSecond, 1),
        snapshotBytes: snapshot.snapshotBytes,
      },
      live: { n: secondaryN, instancesPerSecond: round(live.instancesPerSecond, 1) },
    },
    ratio: { durable: ratio(durable), snapshot: ratio(snapshot), live: ratio(live) },
    snapshotBytesRatio: round(durable.snapshotBytes / oursResult.snapshotBytes, 1),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  process.stdout.write(JSON.stringify(await runHere(JSON.parse(process.argv[2]))));
}
