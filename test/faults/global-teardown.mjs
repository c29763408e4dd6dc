import fs from 'node:fs';

export default async function globalTeardown() {
  const started = globalThis.__faultsDatabase;
  if (!started) return;
  await started.database.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
  delete process.env.DATABASE_URL;
}
