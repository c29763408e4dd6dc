import fs from 'node:fs';
import path from 'node:path';
import { readAppConfig } from '../src/config/app-config';

/* Issue 17: every environment variable is read in app-config.ts and listed in the README's settings table. */
const root = path.resolve(__dirname, '../../..');
const configFile = path.join(root, 'apps/api/src/config/app-config.ts');
// The CLI reads its own input (ADMIN_PASSWORD) as a command's argument, not as a setting of the server.
const readers = new Set([configFile, path.join(root, 'apps/api/src/cli/admin-cli.ts')]);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('settings (environment)', () => {
  it('are read only in app-config.ts', () => {
    const elsewhere = sources(path.join(root, 'apps/api/src')).filter(
      (file) => !readers.has(file) && /process\.env\b/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(elsewhere.map((file) => path.relative(root, file))).toEqual([]);
  });

  it('are each listed in the README', () => {
    const read = new Set(
      [...fs.readFileSync(configFile, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]),
    );
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const listed = new Set([...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((match) => match[1]));
    expect([...read].filter((name) => !listed.has(name))).toEqual([]);
    expect(read.size).toBeGreaterThan(10);
  });

  it('keep their defaults when unset and refuse nonsense quietly for numbers', () => {
    const config = readAppConfig({ TIMER_POLL_MS: 'soon', DB_POOL_SIZE: '-3' });
    expect(config).toMatchObject({
      port: 3000,
      dbPoolSize: 20,
      timerPollMs: 1000,
      logFormat: 'json',
      quietLogs: false,
    });
    expect(readAppConfig({ TIMER_POLL_MS: '0', NODE_ENV: 'test' })).toMatchObject({ timerPollMs: 0, quietLogs: true });
    expect(readAppConfig({ JWT_TTL: '45m' }).jwt).toEqual({ secret: null, ttlSeconds: 2700 });
  });
});
