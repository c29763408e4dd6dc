// 1. The ceiling: the engine's durable write shape with nothing else around it. One transaction updates an
// instance row (a real ~1.2 kB snapshot) and inserts an event row (a real event + effects payload), 8 clients.
// pgbench (C client, prepared statements) when it is installed; the same transaction from 8 node-postgres
// clients is always measured too, to show what the Node driver alone costs.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cpuWindow } from './lib/database.mjs';
import { apiRequire, log, round, sleep } from './lib/env.mjs';
import { runItemInMemory } from './lib/engine-item.mjs';

const pg = apiRequire('pg');
const run = promisify(execFile);

const ROWS = 10_000;
export const CLIENTS = 8;

const PGBENCH_CANDIDATES = [
  process.env.PGBENCH,
  '/usr/lib/postgresql/18/bin/pgbench',
  '/usr/lib/postgresql/17/bin/pgbench',
  '/usr/lib/postgresql/16/bin/pgbench',
  '/usr/lib/postgresql/15/bin/pgbench',
  '/usr/bin/pgbench',
].filter(Boolean);

/** Payloads taken from the real engine: the snapshot after accept, and a decide event with its effects. */
function samplePayloads() {
  const { steps } = runItemInMemory('00000000-0000-4000-8000-000000000000', { keep: true });
  const accept = steps.find((s) => s.command === 'accept');
  const decide = steps.find((s) => s.command === 'decide');
  return {
    snapshot: JSON.stringify(accept.snapshot),
    event: JSON.stringify({ event: decide.event, effects: decide.effects, via: 'api' }),
  };
}

const TABLES = `
  DROP TABLE IF EXISTS bench_event; DROP TABLE IF EXISTS bench_instance;
  CREATE TABLE bench_instance (
    id integer PRIMARY KEY, center_id text NOT NULL, flow_key text NOT NULL, flow_version integer NOT NULL,
    snapshot jsonb NOT NULL, version integer NOT NULL, updated_at timestamptz NOT NULL);
  CREATE TABLE bench_event (
    id bigserial PRIMARY KEY, center_id text NOT NULL, instance_id integer NOT NULL REFERENCES bench_instance(id),
    instance_version integer NOT NULL, at timestamptz NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL, on_behalf_of text, command text NOT NULL, node_id text, from_status text,
    to_status text NOT NULL, payload jsonb NOT NULL DEFAULT '{}', UNIQUE (instance_id, instance_version));`;

// The same statements pgbench and node run: what CommandExecutor writes for one command, minus everything else.
const UPDATE_SQL = `UPDATE bench_instance SET snapshot = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`;
const INSERT_SQL = `INSERT INTO bench_event (center_id, instance_id, instance_version, at, actor, command, node_id, from_status, to_status, payload)
  VALUES ('demo-city', $1, $2, now(), 'fire1', 'complete', 'fire', 'in-review', 'in-review', $3)`;

async function prepareTables(url, payloads) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(TABLES);
    await client.query(
      `INSERT INTO bench_instance SELECT g, 'demo-city', 'parallel-review', 1, $1::jsonb, 1, now() FROM generate_series(1, $2) g`,
      [payloads.snapshot, ROWS],
    );
    await client.query('VACUUM ANALYZE bench_instance');
  } finally {
    await client.end();
  }
}

async function dropTables(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client
    .query('DROP TABLE IF EXISTS bench_event; DROP TABLE IF EXISTS bench_instance')
    .finally(() => client.end());
}

function findPgbench() {
  return PGBENCH_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** The script in a file of its own, for pgbench's -f; `remove()` deletes it. */
function pgbenchScriptFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-pgbench-'));
  const file = path.join(dir, 'write-shape.sql');
  fs.writeFileSync(file, pgbenchScript());
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function pgbenchScript() {
  // One statement per line. The payloads come in as variables (-D), so pgbench sends them as bind parameters,
  // the way node-postgres sends the API's. The instance's new version is read back and fed to the INSERT.
  return [
    `\\set id random(1, ${ROWS})`,
    'BEGIN;',
    `UPDATE bench_instance SET snapshot = CAST(:snap AS jsonb), version = version + 1, updated_at = now() WHERE id = :id RETURNING version AS v \\gset`,
    `INSERT INTO bench_event (center_id, instance_id, instance_version, at, actor, command, node_id, from_status, to_status, payload) VALUES ('demo-city', :id, :v, now(), 'fire1', 'complete', 'fire', 'in-review', 'in-review', CAST(:ev AS jsonb));`,
    'END;',
    '',
  ].join('\n');
}

async function runPgbench(binary, url, scriptFile, seconds, payloads, postmasterPid) {
  const u = new URL(url);
  const args = [
    '-n',
    '-M',
    'prepared',
    '-D',
    `snap=${payloads.snapshot}`,
    '-D',
    `ev=${payloads.event}`,
    '-c',
    String(CLIENTS),
    '-j',
    '2',
    '-T',
    String(seconds),
    '-f',
    scriptFile,
    '-h',
    u.hostname,
    '-p',
    u.port || '5432',
    '-U',
    decodeURIComponent(u.username),
    u.pathname.slice(1),
  ];
  const child = execFile(binary, args, {
    env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) },
    maxBuffer: 10 * 2 ** 20,
  });
  const output = new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`pgbench exited ${code}: ${err.slice(-2000)}`)),
    );
  });
  // CPU of pgbench and the server while every client is connected (from 1 s in to 1 s before the end).
  let cpu = null;
  if (postmasterPid && seconds >= 4) {
    await sleep(1000);
    const stop = cpuWindow(postmasterPid, [child.pid]);
    await sleep((seconds - 2) * 1000);
    const { serverCores, childCores } = stop();
    cpu = { serverCores, pgbenchCores: childCores[0] };
  }
  const stdout = await output;
  const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1]);
  const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
  if (!Number.isFinite(tps)) throw new Error(`could not read pgbench's output:\n${stdout}`);
  return { tps, latencyMs: latency, failed, cpu };
}

/** The same transaction from CLIENTS node-postgres connections in this process. */
async function runNodeClients(url, payloads, seconds) {
  const clients = await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < until) {
        const id = 1 + Math.floor(Math.random() * ROWS);
        await client.query('BEGIN');
        const { rows } = await client.query({ name: 'bench-upd', text: UPDATE_SQL, values: [id, payloads.snapshot] });
        await client.query({ name: 'bench-ins', text: INSERT_SQL, values: [id, rows[0].version, payloads.event] });
        await client.query('COMMIT');
        done++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.end()));
  return { tps: done / elapsed };
}

/**
 * The ceiling as a series of short rounds inside a section (see lib/interleave.mjs): pgbench (or, without it,
 * the node clients) for `seconds` at a time, each round on freshly made tables like the first, so that later
 * rounds do not run on a table the earlier ones bloated.
 */
export async function openCeiling(url) {
  const payloads = samplePayloads();
  const binary = findPgbench();
  const script = pgbenchScriptFile();
  return {
    measure: async (seconds) => {
      await prepareTables(url, payloads);
      const { tps } = binary
        ? await runPgbench(binary, url, script.file, seconds, payloads)
        : await runNodeClients(url, payloads, seconds);
      return round(tps, 1);
    },
    close: async () => {
      script.remove();
      await dropTables(url);
    },
  };
}

export async function benchCeiling(url, { seconds, warmup, postmasterPid }) {
  const payloads = samplePayloads();
  await prepareTables(url, payloads);
  const result = {
    clients: CLIENTS,
    snapshotBytes: payloads.snapshot.length,
    eventPayloadBytes: payloads.event.length,
    tool: null,
    tps: null,
    latencyMs: null,
    nodeTps: null,
  };
  try {
    const binary = findPgbench();
    if (binary) {
      const script = pgbenchScriptFile();
      try {
        const { stdout } = await run(binary, ['--version']);
        result.tool = stdout.trim();
        log(`ceiling: ${result.tool}, ${CLIENTS} clients, warm-up ${warmup} s, then ${seconds} s`);
        await runPgbench(binary, url, script.file, warmup, payloads);
        const measured = await runPgbench(binary, url, script.file, seconds, payloads, postmasterPid);
        result.tps = round(measured.tps, 1);
        result.latencyMs = round(measured.latencyMs, 3);
        if (measured.failed) result.failedTransactions = measured.failed;
        if (measured.cpu) {
          const { serverCores, pgbenchCores } = measured.cpu;
          result.cpu = {
            serverCores,
            pgbenchCores,
            cpuMsPerTransaction: round(((serverCores + pgbenchCores) / measured.tps) * 1000, 3),
          };
        }
      } finally {
        script.remove();
      }
    }
    log(`ceiling: node-postgres, ${CLIENTS} clients, ${Math.max(3, Math.round(seconds / 2))} s`);
    await runNodeClients(url, payloads, Math.min(2, warmup));
    const node = await runNodeClients(url, payloads, Math.max(3, Math.round(seconds / 2)));
    result.nodeTps = round(node.tps, 1);
    if (result.tps === null) {
      result.tool = `node-postgres (${CLIENTS} clients; pgbench not found)`;
      result.tps = result.nodeTps;
    }
  } finally {
    await dropTables(url);
  }
  return result;
}
