import { DataSource } from 'typeorm';
import { loginAs, type Session, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Issue 17: due timers fire in batches through the executor, one transaction for many timers. A timer whose step
 * the engine refuses is set aside alone; the others of its batch fire, each with its own event at its own instant.
 */
describe('timers fire in batches', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let db: DataSource;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-11-02', '08:00') });
    db = server.app.get(DataSource);
    [admin, alice] = await Promise.all(['admin', 'alice'].map((name) => loginAs(server, name)));
  });
  afterAll(() => server.close());

  const eventsOf = async (id: string): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM instance_event WHERE application_id = $1`, [id]))[0].n;

  it('fires the due timers of many items in one move, and sets aside only those whose step fails', async () => {
    // Not accepted: each item's §32 deemed acceptance falls due after 5 working days.
    const items = [];
    for (let i = 0; i < 5; i++) items.push(await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03', 'F04']));
    // An item whose instance names a flow version that does not exist: its step fails (as a damaged row would).
    const broken = await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03', 'F04']);
    await db.query(`UPDATE process_instance SET flow_version = 999 WHERE application_id = $1`, [broken]);
    const before = await Promise.all(items.map(eventsOf));
    const brokenEvents = await eventsOf(broken);

    const moved = await admin.post('/api/clock', { now: shanghai('2026-11-20') }).expect(200);

    const views = await Promise.all(items.map((id) => alice.get(`/api/applications/${id}`).expect(200)));
    expect(views.map((view) => view.body.status)).toEqual(items.map(() => 'in-review'));
    const after = await Promise.all(items.map(eventsOf));
    after.forEach((count, i) => expect(count).toBeGreaterThan(before[i]));
    expect(await eventsOf(broken)).toBe(brokenEvents);
    const brokenTimers = await db.query(`SELECT status FROM timer WHERE application_id = $1 AND due_at <= $2`, [
      broken,
      shanghai('2026-11-20'),
    ]);
    // Its acceptance step's own limit and §32 both fell due; each failed and was set aside.
    expect(brokenTimers.length).toBeGreaterThan(0);
    expect(new Set(brokenTimers.map((timer: { status: string }) => timer.status))).toEqual(new Set(['cancelled']));
    // Every timer that fell due is settled, and each fired one at the instant it fell due.
    const pending = await db.query(`SELECT id FROM timer WHERE status = 'pending' AND due_at <= $1`, [
      shanghai('2026-11-20'),
    ]);
    expect(pending).toEqual([]);
    const firedLate = await db.query(
      `SELECT id FROM timer WHERE status = 'fired' AND application_id = ANY($1) AND fired_at <> due_at`,
      [items],
    );
    expect(firedLate).toEqual([]);
    // Batches, not a transaction per timer: the events one transaction wrote share its id (xmin; the log is
    // append-only, so no later write changes it).
    const [{ events, transactions }] = await db.query(
      `SELECT count(*)::int AS events, count(DISTINCT xmin::text)::int AS transactions
       FROM instance_event WHERE command = 'timer' AND application_id = ANY($1)`,
      [items],
    );
    expect(events).toBeGreaterThanOrEqual(items.length);
    expect(transactions).toBeLessThanOrEqual(events / items.length);
    expect(moved.body.firedTimers).toBeGreaterThanOrEqual(items.length + 1);
  });
});
