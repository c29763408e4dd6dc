#!/usr/bin/env node
// `npm run bench`: builds, then measures on one PostgreSQL server in one run (so the ratios hold on a noisy
// machine), prints a table with the machine's facts and writes bench/results.json.
//
//   1 ceiling   pgbench: the engine's write shape (UPDATE instance + INSERT event), 8 clients: one full run,
//               then short rounds between the rounds of 2 and 3 (lib/interleave.mjs)
//   2 service   durable commands through the Nest services, no HTTP, 8 workers (+ time split per command)
//   3 http      the same over HTTP with auth and validation, 8 keep-alive connections
//               2 and 3: rounds alternate with ceiling rounds; each ratio is the median of its rounds' ratios
//   4 engine    in-memory engine vs bpmn-engine, N = 2000
//   5 timers    1,000 due timers among 100 k and 1 M pending
//   6 designer  frame times while dragging a node of a 300-node flow in headless Chromium
//   7 web       the portal's first screen interactive time (empty cache, median of 5) and each face's
//               first-load bytes over the wire, headless Chromium (web-load.mjs)
//
// Options: --quick (short runs, for trying the bench out; results are marked quick), --only=a,b (sections),
// --no-build, --profile (CPU profile of the API process during the HTTP run, summarised), --merge (with
// --only: write the sections run into bench/results.json, keeping the other sections' last full-run numbers).
// DATABASE_URL: use that server (a scratch database is created and dropped); unset: an embedded PostgreSQL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir, log, machineFacts, parseArgs, root, round } from './lib/env.mjs';
import { median } from './lib/interleave.mjs';

const args = parseArgs();
// Warm-ups measure the steady state a server runs in: 12 s after the API process started, V8's optimising
// compiler still took a quarter of its CPU (perf, 2 cores), and requests per second rose by a quarter once it
// was done (about 30 s). The HTTP run starts a fresh process, so it warms up longest.
// Rounds: `rounds` workload rounds of `round` s (after 1 s of warm-up each) between ceiling rounds of `ceilingRound` s.
const D = args.quick
  ? {
      ceiling: 4,
      ceilingWarmup: 1,
      serviceWarmup: 2,
      httpWarmup: 2,
      rounds: 2,
      round: 3,
      ceilingRound: 3,
      engineN: 300,
    }
  : {
      ceiling: 10,
      ceilingWarmup: 3,
      serviceWarmup: 10,
      httpWarmup: 25,
      rounds: 6,
      round: 4,
      ceilingRound: 4,
      engineN: 2000,
    };

const cleanups = [];
let stopping = false;
async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    await fn().catch((error) => log(`cleanup: ${error?.message ?? error}`));
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    await cleanup();
    process.exit(130);
  });
}

function build() {
  const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };
  const run = (extra) =>
    spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static', ...extra], {
      cwd: root,
      env,
      stdio: ['ignore', process.stderr, process.stderr],
    }).status;
  log('building (nx run-many -t build)');
  if (run([]) === 0) return { ok: true };
  // The web app is built by others in parallel; the API is what sections 1–5 need.
  log('the full build failed; building the API and its libraries only');
  if (run(['-p', 'api']) !== 0) throw new Error('the API does not build');
  return { ok: false, note: 'web build failed; the designer section uses whatever apps/web/dist holds' };
}

async function main() {
  const started = performance.now();
  const buildResult = args.noBuild ? { ok: true, skipped: true } : build();
  // The sections load the built packages (libs/*/dist, apps/api/dist), so they are imported after the build.
  const { benchCeiling, openCeiling } = await import('./ceiling.mjs');
  const { measureDesignerFrame } = await import('./designer-frame.mjs');
  const { measureWebLoad } = await import('./web-load.mjs');
  const { benchEngine } = await import('./engine.mjs');
  const { benchHttp, httpClient, login, startHttpServer } = await import('./http.mjs');
  const { bootApp, loadUsers, USERNAMES } = await import('./lib/app.mjs');
  const { openServer, scratchDatabase, serverFacts } = await import('./lib/database.mjs');
  const { installQueryMeter } = await import('./lib/query-meter.mjs');
  const { benchService } = await import('./service.mjs');
  const { benchTimers } = await import('./timers.mjs');
  installQueryMeter();
  const server = await openServer();
  cleanups.push(server.stop);
  const main = await scratchDatabase(server.serverUrl);
  cleanups.push(main.drop);
  const pgFacts = await serverFacts(main.url);
  const machine = { ...machineFacts(), postgres: { ...pgFacts, embedded: server.embedded, postmasterPid: undefined } };
  log(`machine: ${machine.cores} cores, PostgreSQL ${pgFacts.version}${server.embedded ? ' (embedded)' : ''}`);
  const { postmasterPid } = pgFacts;
  const results = { ceiling: [], build: buildResult };

  // 1: one full run (with the node-postgres clients and CPU); 2 and 3 then run between short ceiling rounds
  if (args.wants('ceiling') || args.wants('service') || args.wants('http'))
    results.ceiling.push(await benchCeiling(main.url, { seconds: D.ceiling, warmup: D.ceilingWarmup, postmasterPid }));
  const ceilingRounds = args.wants('service') || args.wants('http') ? await openCeiling(main.url) : null;
  if (ceilingRounds) cleanups.push(ceilingRounds.close);
  const ceiling = () => ceilingRounds.measure(D.ceilingRound);
  const rounds = { seconds: D.round, rounds: D.rounds, ceiling, postmasterPid };

  // 2
  if (args.wants('service')) {
    const services = await bootApp(main.url);
    try {
      const users = await loadUsers(services.db, USERNAMES);
      log(
        `service: 8 workers, warm-up ${D.serviceWarmup} s, then ${D.rounds} rounds of ${D.round} s between ceiling rounds`,
      );
      results.service = await benchService(services, users, { ...rounds, warmup: D.serviceWarmup });
    } finally {
      await services.close();
    }
  }

  // 3
  if (args.wants('http')) {
    log(`http: warm-up ${D.httpWarmup} s, then ${D.rounds} rounds of ${D.round} s between ceiling rounds`);
    results.http = await benchHttp(main.url, { ...rounds, warmup: D.httpWarmup, profile: args.profile });
  }

  // 4
  if (args.wants('engine')) {
    log(`engine: ours vs bpmn-engine, N = ${D.engineN} (each in its own process)`);
    results.engine = await benchEngine({ n: D.engineN });
  }

  // 5: a database of its own, so the due set is exactly what this section made
  if (args.wants('timers')) {
    const db = await scratchDatabase(server.serverUrl, 'tongban_bench_timers');
    cleanups.push(db.drop);
    const services = await bootApp(db.url);
    try {
      results.timers = await benchTimers(services, await loadUsers(services.db, USERNAMES));
    } finally {
      await services.close();
    }
    await cleanups.pop()();
  }

  // 6
  if (args.wants('designer')) {
    const api = await startHttpServer(main.url);
    const client = httpClient(api.port);
    try {
      const token = await login(client, 'admin');
      results.designer = await measureDesignerFrame({
        baseUrl: `http://127.0.0.1:${api.port}`,
        token,
        request: client.request,
      });
    } catch (error) {
      results.designer = { frameMs: null, note: `designer bench failed: ${error.message}` };
    } finally {
      client.close();
      await api.stop();
    }
    if (results.build?.ok === false && results.designer.frameMs !== null)
      results.designer.note += `; ${results.build.note}`;
  }

  // 7
  if (args.wants('web')) {
    const api = await startHttpServer(main.url);
    try {
      log("web: portal first screen (5 runs) and each face's first-load bytes, headless Chromium");
      results.web = await measureWebLoad({ baseUrl: `http://127.0.0.1:${api.port}` });
    } catch (error) {
      results.web = { portalInteractiveMs: null, note: `web bench failed: ${error.message}` };
    } finally {
      await api.stop();
    }
    results.web.measuredAt = new Date().toISOString();
    results.web.commit = machine.gitCommit;
    // A partial run merged into the last full run's table keeps its own load: this machine is shared.
    results.web.loadAverage = machine.loadAverage;
  }

  await cleanup();
  const { printReport } = await import('./report.mjs');
  let report = toResults(results, machine, (performance.now() - started) / 1000);
  // Only a full run replaces bench/results.json; a quick or partial one goes to the temporary directory, unless
  // --merge asks to put the sections run into the last full run's results (each keeps its date and commit).
  const merging = args.merge && args.only && !args.quick;
  if (merging) report = mergeInto(JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8')), report);
  const file =
    (args.quick || args.only) && !merging
      ? path.join(os.tmpdir(), 'tongban-bench-results.json')
      : path.join(benchDir, 'results.json');
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  log(`wrote ${file.startsWith(root) ? path.relative(root, file) : file} (${report.runSeconds} s)`);
}

function toResults(r, machine, seconds) {
  const allCeilings = [
    ...r.ceiling.map((c) => c.tps),
    ...(r.service?.rounds.ceilingTps ?? []),
    ...(r.http?.rounds.ceilingTps ?? []),
  ].filter((v) => v !== null && v !== undefined);
  const ceilingTps = allCeilings.length ? round(median(allCeilings), 1) : null;
  const serviceCeilingTps = r.service?.ceilingTps ?? null;
  const httpCeilingTps = r.http?.ceilingTps ?? null;
  const ratio = (v, base) => (v === null || v === undefined || !base ? null : round(v / base, 3));
  const serviceCps = r.service?.commandsPerSecond ?? null;
  const httpRps = r.http?.requestsPerSecond ?? null;
  return {
    date: new Date().toISOString(),
    quick: args.quick,
    runSeconds: round(seconds, 0),
    machine,
    ceilingTps,
    serviceCps,
    serviceCeilingTps,
    serviceRatio: r.service?.ratio ?? null,
    executorCps: r.service?.executorOnly.commandsPerSecond ?? null,
    executorRatio: ratio(r.service?.executorOnly.commandsPerSecond, serviceCeilingTps),
    queriesPerCommand: r.service?.profile.queriesPerCommand ?? null,
    httpRps,
    httpCeilingTps,
    httpRatio: r.http?.ratio ?? null,
    httpP50Ms: r.http?.latency.p50Ms ?? null,
    httpP95Ms: r.http?.latency.p95Ms ?? null,
    httpP99Ms: r.http?.latency.p99Ms ?? null,
    engineInstancesPerSecond: r.engine?.ours.instancesPerSecond ?? null,
    bpmnEngineInstancesPerSecond: r.engine?.bpmnEngine.durable.instancesPerSecond ?? null,
    bpmnEngineRatio: r.engine?.ratio.durable ?? null,
    bpmnEngineRatioLive: r.engine?.ratio.live ?? null,
    snapshotBytes: r.engine?.ours.snapshotBytes ?? null,
    bpmnEngineSnapshotBytes: r.engine?.bpmnEngine.durable.snapshotBytes ?? null,
    timerDueMs100k: r.timers?.at100k.ms ?? null,
    timerDueMs1M: r.timers?.at1M.ms ?? null,
    designerFrameMs: r.designer?.frameMs ?? null,
    portalInteractiveMs: r.web?.portalInteractiveMs ?? null,
    firstLoadBytes: r.web?.faces ? Object.fromEntries(r.web.faces.map((f) => [f.face, f.bytes])) : null,
    targets: {
      serviceRatio: 0.5,
      httpRatio: 0.25,
      httpP99Ms: 50,
      bpmnEngineRatio: 30,
      timerGrowthMax: 1.5,
      timerDueMsMax: 1000,
      designerFrameMs: 16.7,
      portalInteractiveMs: 1500,
    },
    details: {
      ceiling: r.ceiling,
      service: r.service ?? null,
      http: r.http ?? null,
      engine: r.engine ?? null,
      timers: r.timers ?? null,
      designer: r.designer ?? null,
      web: r.web ?? null,
      build: r.build,
    },
  };
}

/** The last full run with the sections of a partial run laid over it (only the sections that ran). */
function mergeInto(full, partial) {
  const sections = { web: ['portalInteractiveMs', 'firstLoadBytes'] };
  const merged = { ...full, targets: { ...full.targets, ...partial.targets }, details: { ...full.details } };
  for (const [section, fields] of Object.entries(sections)) {
    if (!partial.details[section]) continue;
    merged.details[section] = partial.details[section];
    for (const field of fields) merged[field] = partial[field];
  }
  return merged;
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exit(1);
});
