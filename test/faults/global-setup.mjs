// PostgreSQL for the fault suite: DATABASE_URL when given, else an embedded server of its own (stopped in
// global-teardown.mjs). The API fuzz runs here with another seed than in `npm test`: 10,000 other requests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@tongban/embedded-pg';

export default async function globalSetup() {
  process.env.NODE_ENV ??= 'test';
  process.env.FAULTS_FUZZ_SEED ??= '4242';
  if (process.env.DATABASE_URL) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-faults-'));
  fs.chmodSync(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), log: (line) => console.log(line) });
  console.log(`\nfault suite: embedded PostgreSQL on port ${database.port}`);
  process.env.DATABASE_URL = database.url;
  globalThis.__faultsDatabase = { database, dataDir };
}
