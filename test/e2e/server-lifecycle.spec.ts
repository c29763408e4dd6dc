import fs from 'node:fs';
import path from 'node:path';
import {
  killAll,
  makeDataDir,
  processesMentioning,
  startServerProcess,
  waitForExit,
  waitForHealth,
} from '../utils/server-process';

// `npm start` without DATABASE_URL: embedded PostgreSQL under DATA_DIR, crash recovery, clean stop.
describe('the server as a process on an embedded PostgreSQL', () => {
  const dataDir = makeDataDir();
  const pgDir = path.join(dataDir, 'pg');

  afterAll(() => {
    killAll(processesMentioning(pgDir));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts cold, survives SIGKILL, restarts on the same data and stops everything on SIGTERM', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    await expect(waitForHealth(first)).resolves.toEqual({ status: 'ok', db: 'up' });
    expect(fs.existsSync(path.join(pgDir, 'PG_VERSION'))).toBe(true);
    const home = await fetch(`${first.baseUrl}/`);
    expect(await home.text()).toContain('通办');

    first.child.kill('SIGKILL');
    await waitForExit(first.child);
    expect(processesMentioning(pgDir).length).toBeGreaterThan(0); // the orphan the next start must handle

    const second = await startServerProcess({ DATA_DIR: dataDir });
    await expect(waitForHealth(second)).resolves.toEqual({ status: 'ok', db: 'up' });
    expect(second.output()).toContain('left running');
    expect(second.output()).not.toContain('initialising');

    second.child.kill('SIGTERM');
    await expect(waitForExit(second.child)).resolves.toBe(0);
    expect(processesMentioning(pgDir)).toEqual([]);
  });
});
