import { Logger } from '@nestjs/common';
import type { JwtModuleOptions } from '@nestjs/jwt';
import { createSecretKey, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

const DEFAULT_TTL = '8h';
const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * Tokens are signed with JWT_SECRET, or else with a random secret generated once and kept in `app_secret`,
 * so that every API process on the same database accepts the others' tokens and tokens survive a restart.
 */
export async function jwtOptions(
  db: DataSource,
  jwt: { secret: Buffer | null; ttlSeconds: number },
): Promise<JwtModuleOptions> {
  return {
    // A KeyObject: given a string, jsonwebtoken first tries it as a public key on every verify (~0.5 ms).
    secret: createSecretKey(jwt.secret ?? Buffer.from(await storedSecret(db))),
    signOptions: { algorithm: 'HS256', expiresIn: jwt.ttlSeconds },
    verifyOptions: { algorithms: ['HS256'] },
  };
}

/** HS256 wants a key as long as its hash: a JWT_SECRET shorter than 32 bytes stops the server from starting. */
export const MIN_JWT_SECRET_BYTES = 32;

/** JWT_SECRET as a key, or null when unset (the generated, stored secret is used then). */
export function configuredSecret(raw: string | undefined): Buffer | null {
  if (!raw) return null;
  const key = Buffer.from(raw);
  if (key.length < MIN_JWT_SECRET_BYTES) {
    throw new Error(
      `JWT_SECRET is ${key.length} bytes long; at least ${MIN_JWT_SECRET_BYTES} are required ` +
        '(e.g. `openssl rand -base64 48`), or leave it unset to use a secret generated once and kept in the database',
    );
  }
  return key;
}

async function storedSecret(db: DataSource): Promise<string> {
  const logger = new Logger('Identity');
  const generated = randomBytes(32).toString('base64url');
  try {
    await db.query(`INSERT INTO app_secret (name, value) VALUES ('jwt', $1) ON CONFLICT (name) DO NOTHING`, [
      generated,
    ]);
    const [row] = await db.query(`SELECT value FROM app_secret WHERE name = 'jwt'`);
    return row.value;
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_TABLE) throw error;
    logger.warn('app_secret table missing (migration AppSecret1767225670000 not run): tokens die with this process');
    return generated;
  }
}

const UNDEFINED_TABLE = '42P01';

/** JWT_TTL as `3600` (seconds), `45m`, `8h` or `7d`; default 8h. */
export function jwtTtlSeconds(raw: string | undefined): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec((raw || DEFAULT_TTL).trim());
  const seconds = match ? Number(match[1]) * unitSeconds[match[2] || 's'] : NaN;
  if (!(seconds > 0)) throw new Error(`JWT_TTL must look like 3600, 45m, 8h or 7d (got "${raw}")`);
  return seconds;
}
