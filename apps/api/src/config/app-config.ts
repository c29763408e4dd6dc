import path from 'node:path';

export type ClockMode = 'system' | 'manual';

/** Everything the server reads from its environment, read once at start-up. */
export interface AppConfig {
  port: number;
  /** Set when an external PostgreSQL is used; otherwise an embedded one is started under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  clock: ClockMode;
  clockStart?: string;
  /** Demo accounts, catalog and flows are loaded only in demo mode. */
  demo: boolean;
  webDist: string;
  workflowsDir: string;
  /** Group commit: commands per transaction at most, and transactions open at once (see command-executor). */
  groupCommit: { maxBatch: number; maxInFlight: number };
}

export function readAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = workspaceRoot();
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(root, 'data')),
    clock: env.CLOCK === 'manual' ? 'manual' : 'system',
    clockStart: env.CLOCK_START || undefined,
    demo: env.DEMO !== 'false',
    webDist: path.resolve(env.WEB_DIST ?? path.join(root, 'apps/web/dist')),
    workflowsDir: path.resolve(env.WORKFLOWS_DIR ?? path.join(root, 'workflows')),
    groupCommit: {
      maxBatch: positiveInt(env.GROUP_COMMIT_MAX_BATCH, 32),
      // One batch at a time (a big one written as two parts side by side): whatever arrives meanwhile waits and
      // shares the next commit. Two open batches split the load into small commits: a sixth fewer requests/s (HTTP).
      maxInFlight: positiveInt(env.GROUP_COMMIT_IN_FLIGHT, 1),
    },
  };
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** apps/api/{src,dist}/config → the repository root, whether run from source or from the build. */
function workspaceRoot(): string {
  return path.resolve(__dirname, '../../../..');
}
