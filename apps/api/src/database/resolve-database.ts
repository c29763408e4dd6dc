import path from 'node:path';
import type { AppConfig } from '../config/app-config';

export interface ResolvedDatabase {
  url: string;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
  embedded: boolean;
}

/** DATABASE_URL when given, else an embedded PostgreSQL whose data stays under `dataDir`. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined, embedded: false };
  const { startEmbeddedPostgres } = await import('@tongban/embedded-pg');
  const server = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), log });
  log(`embedded PostgreSQL on port ${server.port}, data in ${server.dataDir}`);
  return { url: server.url, stop: () => server.stop(), embedded: true };
}
