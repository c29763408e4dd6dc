// 3. The same item through HTTP with auth (bearer JWT + user lookup per request), validation and the JSON
// request log: the API runs in its own process (bench/http-server.cjs); this process is the load generator,
// 8 keep-alive connections (node:http Agent), one per worker, each worker one item at a time.
import { Buffer } from 'node:buffer';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout } from 'node:timers';
import { summariseProfile } from './lib/cpu-profile.mjs';
import { cpuWindow } from './lib/database.mjs';
import { benchDir, log, round } from './lib/env.mjs';
import { ITEM, REVIEWER_OF } from './lib/app.mjs';
import { interleavedLoad } from './lib/interleave.mjs';
import { cpuMs } from './service.mjs';

export const CONNECTIONS = 8;

/** The API in its own process; with `profileDir`, V8 writes a .cpuprofile there when it stops. */
export function startHttpServer(databaseUrl, { profileDir } = {}) {
  const child = fork(path.join(benchDir, 'http-server.cjs'), [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    execArgv: profileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]
      : process.env.BENCH_PERF_MAP
        ? ['--perf-basic-prof']
        : [],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API process exited (${code}): ${stderr}`)));
    child.once('message', (message) => {
      if (!message.ready) return reject(new Error(message.error));
      resolve({
        port: message.port,
        pid: child.pid,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.send('stop');
          }),
      });
    });
  });
}

export function httpClient(port) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const request = (method, url, { token, body } = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: url,
          agent,
          headers: {
            accept: 'application/json',
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode >= 400) {
              reject(new Error(`${method} ${url} → ${res.statusCode} ${text.slice(0, 300)}`));
              return;
            }
            resolve(text ? JSON.parse(text) : null);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}

export async function login(client, username) {
  const { token } = await client.request('POST', '/api/auth/login', { body: { username, password: username } });
  return token;
}

/** One item over HTTP: 5 requests, each reported to `onRequest(startedAt)`. */
export async function runItemViaHttp(client, tokens, onRequest = () => {}) {
  let t = performance.now();
  const { id } = await client.request('POST', '/api/applications', { token: tokens.alice, body: ITEM });
  onRequest(t);
  t = performance.now();
  const view = await client.request('POST', `/api/applications/${id}/accept`, { token: tokens.window1, body: {} });
  onRequest(t);
  let status;
  for (const task of view.openTasks) {
    t = performance.now();
    ({ status } = await client.request('POST', `/api/tasks/${task.taskId}/complete`, {
      token: tokens[REVIEWER_OF[task.nodeId]],
      body: { decision: 'approve' },
    }));
    onRequest(t);
  }
  if (status !== 'approved') throw new Error(`item ended as ${status}, expected approved`);
}

/** The item over HTTP as an interleaved load (lib/interleave.mjs), the API in its own process. */
export async function benchHttp(databaseUrl, { seconds, warmup, rounds, ceiling, postmasterPid, profile = false }) {
  const profileDir = profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-profile-')) : null;
  const server = await startHttpServer(databaseUrl, { profileDir });
  let result;
  log(`http: API process ${server.pid} on port ${server.port}, ${CONNECTIONS} connections`);
  const client = httpClient(server.port);
  try {
    const tokens = {};
    for (const username of ['alice', 'window1', ...Object.values(REVIEWER_OF)])
      tokens[username] = await login(client, username);
    const measured = await interleavedLoad({
      workers: CONNECTIONS,
      warmup,
      rounds,
      seconds,
      ceiling,
      iteration: (onRequest) => runItemViaHttp(client, tokens, onRequest),
      cpu: () => cpuWindow(postmasterPid, [server.pid]),
    });
    const { childCores, benchProcessCores, wallSeconds, serverCores } = measured.cpu;
    result = {
      connections: CONNECTIONS,
      requestsPerSecond: round(measured.perSecond, 1),
      itemsPerSecond: round(measured.perSecond / 5, 1),
      ceilingTps: round(measured.ceilingTps, 1),
      ratio: round(measured.ratio, 3),
      rounds: measured.rounds,
      latency: measured.latency,
      cpu: {
        wallSeconds,
        apiProcessCores: childCores[0],
        serverCores,
        loadGeneratorCores: benchProcessCores,
        cpuMsPerRequest: cpuMs(childCores[0], serverCores, measured.commands / wallSeconds),
      },
    };
  } finally {
    client.close();
    await server.stop();
  }
  if (profileDir) {
    const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    if (file)
      result.apiProfile = { file: path.join(profileDir, file), ...summariseProfile(path.join(profileDir, file)) };
  }
  return result;
}
