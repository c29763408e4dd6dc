// The PostgreSQL server every section uses: DATABASE_URL's server, or an embedded one started for this run
// (in a temporary directory, stopped and removed at the end). Each run works in a scratch database that it
// creates and drops.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiRequire, log } from './env.mjs';

const pg = apiRequire('pg');

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Starts (or attaches to) the server. Returns { serverUrl, embedded, stop }. */
export async function openServer() {
  if (process.env.DATABASE_URL) {
    return { serverUrl: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const { startEmbeddedPostgres } = await import('@tongban/embedded-pg');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'postgres', log });
  log(`embedded PostgreSQL on port ${server.port} (${dir})`);
  return {
    serverUrl: server.url,
    embedded: true,
    stop: async () => {
      await server.stop().catch((error) => log(`stopping PostgreSQL: ${error?.message ?? error}`));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server; `drop()` removes it (WITH FORCE: any connection left open is cut). */
export async function scratchDatabase(serverUrl, prefix = 'tongban_bench') {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Server version and the settings that decide commit throughput. */
export async function serverFacts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT current_setting('server_version') AS version, current_setting('synchronous_commit') AS "synchronousCommit",
              current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS "walSyncMethod",
              current_setting('commit_delay') AS "commitDelay", current_setting('shared_buffers') AS "sharedBuffers",
              current_setting('max_connections') AS "maxConnections", pg_backend_pid() AS pid`,
    );
    const { pid, ...facts } = rows[0];
    return { ...facts, postmasterPid: postmasterOf(pid) };
  } finally {
    await client.end();
  }
}

/** The server's main process, when it runs on this machine (then its CPU time can be read from /proc). */
function postmasterOf(backendPid) {
  try {
    const stat = fs.readFileSync(`/proc/${backendPid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return fs.readFileSync(`/proc/${ppid}/comm`, 'utf8').trim().startsWith('postgres') ? ppid : null;
  } catch {
    return null;
  }
}

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds used so far by the server: the postmaster and every process it started that is still alive. */
export function serverCpuSeconds(postmasterPid) {
  if (!postmasterPid) return null;
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      if (pid !== postmasterPid && Number(fields[1]) !== postmasterPid) continue;
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / TICKS;
}

/** This process's CPU seconds. */
export function selfCpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Samples CPU over a window: node (this process, or a child pid) and the server. */
export function cpuWindow(postmasterPid, pids = []) {
  const read = () => ({
    at: performance.now(),
    self: selfCpuSeconds(),
    server: serverCpuSeconds(postmasterPid),
    others: pids.map(processCpuSeconds),
  });
  const start = read();
  return () => {
    const end = read();
    const wall = (end.at - start.at) / 1000;
    const share = (a, b) => (a === null || b === null ? null : Number(((b - a) / wall).toFixed(2)));
    return {
      wallSeconds: Number(wall.toFixed(2)),
      /** cores busy on average (1.0 = one core fully used) */
      benchProcessCores: share(start.self, end.self),
      serverCores: share(start.server, end.server),
      childCores: pids.map((_, i) => share(start.others[i], end.others[i])),
    };
  };
}

export function processCpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}
