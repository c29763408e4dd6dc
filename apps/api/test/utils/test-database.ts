import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../src/database/migrations';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../src/database/migrations');
const TEMPLATE_PREFIX = 'tongban_template_';
/** Templates of other migration sets (other branches on a shared server) are dropped once this old. */
const STALE_TEMPLATE_MS = 24 * 3600_000;

let counter = 0;

/**
 * A fresh database on the server that `npm test` provides (DATABASE_URL), so suites never see each other's
 * rows: a copy of a template that holds every migration, so no suite runs them. Dropped again by `drop()`.
 */
export async function createTestDatabase(prefix = 'tongban_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run the tests with `npm test`');
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await cloneTemplate(serverUrl, name);
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      await onServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function cloneTemplate(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const template = await migratedTemplate(serverUrl);
    try {
      await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return;
    } catch (error) {
      // Dropped as stale by a run of another branch between our look and the copy: build it again, once.
      if (attempt > 1 || (error as { code?: string }).code !== '3D000') throw error;
    }
  }
}

/**
 * The name of a database holding every migration and nothing else, built once per server and migration set
 * (its name carries a hash of the migrations' sources, so an edited or added migration gets a new one). Runs,
 * workers and processes that race build it once: the builder holds an advisory lock, and the template appears
 * under its name, by a rename, only once complete.
 */
async function migratedTemplate(serverUrl: string): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${migrationsHash()}`;
  return onServer(serverUrl, async (admin) => {
    if (await databaseExists(admin, template)) return template;
    // Session-level: released when this connection ends, even if this process dies while building.
    await admin.query(`SELECT pg_advisory_lock(hashtext('tongban test template'))`);
    if (await databaseExists(admin, template)) return template;
    const building = `${template}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building}`);
    const db = new DataSource({
      type: 'postgres',
      url: withDatabase(serverUrl, building),
      migrations,
      migrationsTransactionMode: 'each',
    });
    await db.initialize();
    try {
      await db.runMigrations();
    } finally {
      await db.destroy();
    }
    await admin.query(`COMMENT ON DATABASE ${building} IS '${new Date().toISOString()}'`);
    // A session on a template makes every copy of it fail, so none may connect.
    await admin.query(`ALTER DATABASE ${building} ALLOW_CONNECTIONS false`);
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    await dropStaleTemplates(admin, template);
    return template;
  });
}

async function dropStaleTemplates(admin: Client, current: string): Promise<void> {
  const { rows } = await admin.query<{ name: string; built: string | null }>(
    `SELECT datname AS name, shobj_description(oid, 'pg_database') AS built FROM pg_database
     WHERE starts_with(datname, $1) AND datname <> $2`,
    [TEMPLATE_PREFIX, current],
  );
  for (const { name, built } of rows) {
    if (Date.now() - Date.parse(built ?? '') < STALE_TEMPLATE_MS) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
  }
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(MIGRATIONS_DIR).sort()) {
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(MIGRATIONS_DIR, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function databaseExists(admin: Client, name: string): Promise<boolean> {
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  return rowCount === 1;
}

async function onServer<T>(serverUrl: string, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
