import path from 'node:path';
import { configuredSecret, jwtTtlSeconds } from '../modules/identity/jwt-options';

export type ClockMode = 'system' | 'manual';

/** Argon2id's cost: `standard` (the OWASP minimum), or `low` for test runs only (see `passwordHashCost`). */
export type PasswordHashCost = 'standard' | 'low';

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
  /**
   * Express's `trust proxy` (TRUST_PROXY): unset or `false` trusts no proxy (the client is the socket's peer);
   * `true`, a hop count or a list of addresses/subnets (`loopback, 10.0.0.0/8`) trusts X-Forwarded-For and
   * X-Forwarded-Proto from them, for the login limits' client address and for HSTS behind a TLS proxy.
   */
  trustProxy: boolean | number | string;
  /** Group commit: commands per transaction at most, and transactions open at once (see command-executor). */
  groupCommit: { maxBatch: number; maxInFlight: number };
  /** JWT_SECRET (null: the secret generated once and kept in the database) and the tokens' lifetime. */
  jwt: { secret: Buffer | null; ttlSeconds: number };
  /** LOG_FORMAT: one JSON object per line, or `pretty` for people. */
  logFormat: 'json' | 'pretty';
  /** NODE_ENV=test: only warnings and errors, no request log. */
  quietLogs: boolean;
  /** DB_POOL_SIZE: connections of the main pool (the hot path has a pool of its own). */
  dbPoolSize: number;
  /** TIMER_POLL_MS: how often the system clock looks for due timers (0: only at start-up). */
  timerPollMs: number;
  /** PASSWORD_HASH_COST: what hashing each stored password costs (and so what guessing it costs an attacker). */
  passwordHashCost: PasswordHashCost;
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
    trustProxy: trustProxy(env.TRUST_PROXY),
    groupCommit: {
      maxBatch: positiveInt(env.GROUP_COMMIT_MAX_BATCH, 32),
      // One batch at a time (a big one written as two parts side by side): whatever arrives meanwhile waits and
      // shares the next commit. Two open batches split the load into small commits: a sixth fewer requests/s (HTTP).
      maxInFlight: positiveInt(env.GROUP_COMMIT_IN_FLIGHT, 1),
    },
    // Refused here, before anything starts: a short JWT_SECRET is a configuration error, not a weak default.
    jwt: { secret: configuredSecret(env.JWT_SECRET), ttlSeconds: jwtTtlSeconds(env.JWT_TTL) },
    logFormat: env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json',
    quietLogs: env.NODE_ENV === 'test',
    dbPoolSize: positiveInt(env.DB_POOL_SIZE, 20),
    timerPollMs: nonNegativeInt(env.TIMER_POLL_MS, 1000),
    passwordHashCost: passwordHashCost(env),
  };
}

/**
 * Defaults that stand behind a center's own settings. They are read when used, not at start-up: an operator's
 * change reaches centers without a setting of their own at the next read, as it always has.
 */
export const settingDefaults = {
  /** COMPLAINT_DAYS: working days to answer a complaint (5, 7 or 15 by locality; 1–60). */
  complaintDays(env: NodeJS.ProcessEnv = process.env): { days: number; source: 'env' | 'default' } {
    const configured = Number(env.COMPLAINT_DAYS);
    if (Number.isInteger(configured) && configured >= 1 && configured <= 60) return { days: configured, source: 'env' };
    return { days: 5, source: 'default' };
  },
  /** APPOINTMENT_CAPACITY: bookings per half-hour slot. */
  appointmentCapacity: (env: NodeJS.ProcessEnv = process.env) => positiveInt(env.APPOINTMENT_CAPACITY, 2),
  /** ATTACHMENT_MAX_BYTES: the largest upload. */
  attachmentMaxBytes: (env: NodeJS.ProcessEnv = process.env) => positiveInt(env.ATTACHMENT_MAX_BYTES, 10 * 1024 * 1024),
};

/**
 * `low` spares the test suites their hundreds of 19 MiB hashes. Refused at start-up outside NODE_ENV=test (as
 * Jest and `npm test` set it): passwords stored that way would be cheap to guess, and would stay so.
 */
function passwordHashCost(env: NodeJS.ProcessEnv): PasswordHashCost {
  const value = env.PASSWORD_HASH_COST || 'standard';
  if (value === 'standard') return value;
  if (value !== 'low') throw new Error(`PASSWORD_HASH_COST must be "standard" or "low", not "${value}"`);
  if (env.NODE_ENV !== 'test') {
    throw new Error(`PASSWORD_HASH_COST=low is for tests only: refused with NODE_ENV=${env.NODE_ENV ?? '(unset)'}`);
  }
  return value;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  const value = (raw ?? '').trim();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

function nonNegativeInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

/** apps/api/{src,dist}/config → the repository root, whether run from source or from the build. */
function workspaceRoot(): string {
  return path.resolve(__dirname, '../../../..');
}
