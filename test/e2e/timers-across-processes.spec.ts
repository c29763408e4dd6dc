import { httpLogin } from '../utils/http-session';
import { scratchDatabase } from '../utils/scratch-database';
import { type ServerProcess, startServerProcess, waitForExit, waitForHealth } from '../utils/server-process';

const APPLICATIONS = 20;

// Durable timers: pending while no server runs, then two servers start at once on the same database.
describe('timers across restarts and processes', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  const running: ServerProcess[] = [];

  beforeAll(async () => {
    database = await scratchDatabase('tongban_timers');
  });
  afterAll(async () => {
    for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await database.drop();
  });

  async function start(clockStart: string): Promise<ServerProcess> {
    const server = await startServerProcess({ DATABASE_URL: database.url, CLOCK: 'manual', CLOCK_START: clockStart });
    running.push(server);
    return server;
  }

  async function stop(server: ServerProcess): Promise<void> {
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
  }

  it('fires every timer that fell due while no server ran exactly once, with two servers racing for them', async () => {
    const first = await start('2026-09-28T09:00:00+08:00');
    await waitForHealth(first);
    const alice = await httpLogin(first.baseUrl, 'alice');
    const window1 = await httpLogin(first.baseUrl, 'window1');
    const ids: string[] = [];
    for (let i = 0; i < APPLICATIONS; i++) {
      const submitted = await alice.post('/api/applications', {
        itemCode: 'parallel-review',
        channel: 'online',
        materials: [{ code: 'M01' }, { code: 'M02' }, { code: 'M03' }],
      });
      expect(submitted.status).toBe(201);
      expect((await window1.post(`/api/applications/${submitted.body.id}/accept`)).status).toBe(200);
      ids.push(submitted.body.id);
    }
    await stop(first);
    const { rows: pending } = await database.client.query(`SELECT id FROM timer WHERE status = 'pending'`);
    expect(pending.length).toBeGreaterThanOrEqual(APPLICATIONS * 4); // three review steps and the item clock each

    // Three working days later every review has lapsed: both servers fire what fell due before listening.
    const [a, b] = await Promise.all([start('2026-10-12T09:00:00+08:00'), start('2026-10-12T09:00:00+08:00')]);
    await Promise.all([waitForHealth(a), waitForHealth(b)]);

    const { rows: firings } = await database.client.query(
      `SELECT payload->>'timerId' AS id, count(*)::int AS n FROM instance_event WHERE command = 'timer' GROUP BY 1`,
    );
    expect(firings.length).toBeGreaterThan(0);
    expect(firings.filter((row: { n: number }) => row.n !== 1)).toEqual([]);
    const { rows: left } = await database.client.query(
      `SELECT count(*)::int AS n FROM timer WHERE status = 'pending' AND due_at <= '2026-10-12T01:00:00Z'`,
    );
    expect(left[0].n).toBe(0);
    const { rows: statuses } = await database.client.query(
      `SELECT status, count(*)::int AS n FROM application WHERE id = ANY($1) GROUP BY status`,
      [ids],
    );
    expect(statuses).toEqual([{ status: 'approved', n: APPLICATIONS }]);
    const { rows: tacit } = await database.client.query(
      `SELECT count(*)::int AS n FROM accountability_entry WHERE kind = 'tacit-approval'`,
    );
    expect(tacit[0].n).toBe(APPLICATIONS * 3);
    await Promise.all([stop(a), stop(b)]);
  });
});
