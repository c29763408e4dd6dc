import { createWorkCalendar } from '@tongban/work-calendar';
import { DataSource } from 'typeorm';
import { CalendarService } from '../src/modules/calendar/calendar.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the fault suite's replay is the one replay there is
import { type EventRow as LoggedEvent, jsonbOrder, replayInstance } from '../../../test/faults/invariants';
import { loginAs, type Session, setClock, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

// one-time-notice: promised 7 working days, its review 5 (onTimeout remind: the item keeps running).
// Accepted Mon 2026-09-28 09:00 → review due Sat 10-10 (09-29, 09-30, 10-08, 10-09, make-up 10-10), item due
// Tue 10-13 (… 10-12, 10-13), statutory 10 days → Fri 10-16. A local holiday on Wed 09-30 moves the review to Mon
// 10-12, the item to Wed 10-14 and the statutory deadline to Mon 10-19.
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

interface EventRow {
  command: string;
  actor: string;
  payload: { event?: { type: string; revision?: number }; calendarRevision?: number };
}

describe('a calendar change moves every running deadline and its timers (recalculate)', () => {
  let server: TestApp;
  let admin: Session;
  let window1: Session;
  let alice: Session;
  let super1: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, window1, alice, super1] = await Promise.all(
      ['admin', 'window1', 'alice', 'super1'].map((name) => loginAs(server, name)),
    );
  });
  afterAll(() => server.close());

  async function accepted(): Promise<string> {
    const id = await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03', 'F04']);
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    return id;
  }
  const view = async (id: string) => (await alice.get(`/api/applications/${id}`).expect(200)).body;
  const events = async (id: string): Promise<EventRow[]> =>
    (await super1.get(`/api/applications/${id}/events`).expect(200)).body;
  const overdueIn = async (id: string) =>
    (await super1.get('/api/supervision/overview').expect(200)).body.overdue.filter(
      (row: { applicationId: string }) => row.applicationId === id,
    );
  const overdueItemEntries = async (id: string) =>
    (await super1.get('/api/supervision/ledger').expect(200)).body.filter(
      (row: { applicationId: string; kind: string }) => row.applicationId === id && row.kind === 'overdue-item',
    );
  const storedDeadline = async (id: string) => {
    const [row] = await server.app.get(DataSource).query(`SELECT deadline FROM application WHERE id = $1`, [id]);
    return new Date(row.deadline).toISOString();
  };

  it('an item whose deadlines the change does not reach gets no event', async () => {
    const id = await accepted();
    const before = await events(id);
    const added = await admin
      .put('/api/calendar/overrides/2026-11-20', { workday: false, note: '本地停工' })
      .expect(200);
    expect(added.body).toMatchObject({ date: '2026-11-20', revision: 1, recalculated: 0 });
    expect(await events(id)).toEqual(before);
    await admin.delete('/api/calendar/overrides/2026-11-20').expect(204);
    expect(await events(id)).toEqual(before);
    expect((await view(id)).deadline).toBe(endOf('2026-10-13'));
  });

  it('a holiday inside the limit moves the item and its step by one working day; the old timers never fire', async () => {
    const id = await accepted();
    expect((await view(id)).deadline).toBe(endOf('2026-10-13'));

    await setClock(admin, shanghai('2026-09-29'));
    const added = await admin
      .put('/api/calendar/overrides/2026-09-30', { workday: false, note: '本地停工' })
      .expect(200);
    expect(added.body).toMatchObject({ revision: 3 });
    expect(added.body.recalculated).toBeGreaterThanOrEqual(1);

    const moved = await view(id);
    expect(moved.deadline).toBe(endOf('2026-10-14'));
    expect(moved.statutoryDeadline).toBe(endOf('2026-10-19'));
    expect(moved.openTasks.map((task: { deadline: string }) => task.deadline)).toEqual([endOf('2026-10-12')]);
    expect(await storedDeadline(id)).toBe(endOf('2026-10-14'));
    const listed = (await super1.get('/api/applications').expect(200)).body.find(
      (row: { id: string }) => row.id === id,
    );
    expect(new Date(listed.deadline).toISOString()).toBe(endOf('2026-10-14'));
    const last = (await events(id)).at(-1)!;
    expect(last).toMatchObject({ command: 'recalculate', actor: 'admin' });
    expect(last.payload.event).toMatchObject({ type: 'recalculate', revision: 3 });
    expect(last.payload.calendarRevision).toBe(3);

    // Past the old deadline (end of 10-13), before the new one: no overdue-item, and the overview agrees.
    await setClock(admin, shanghai('2026-10-14'));
    expect(await overdueItemEntries(id)).toEqual([]);
    expect(await overdueIn(id)).toEqual([]);
    expect((await view(id)).status).toBe('in-review');
    const timers = await server.app
      .get(DataSource)
      .query(
        `SELECT purpose, due_at AS "dueAt" FROM timer WHERE application_id = $1 AND status = 'pending' AND node_id IS NULL ORDER BY due_at`,
        [id],
      );
    expect(timers.map((t: { purpose: string; dueAt: Date }) => [t.purpose, new Date(t.dueAt).toISOString()])).toEqual([
      ['item-deadline', endOf('2026-10-14')],
      ['statutory-deadline', endOf('2026-10-19')],
    ]);

    // Removing the holiday moves the deadline back to 10-13, which has passed: its timer fires as the clock moves.
    await admin.delete('/api/calendar/overrides/2026-09-30').expect(204);
    const back = await view(id);
    expect(back.deadline).toBe(endOf('2026-10-13'));
    expect(back.statutoryDeadline).toBe(endOf('2026-10-16'));
    expect(await storedDeadline(id)).toBe(endOf('2026-10-13'));
    expect((await events(id)).at(-1)!.payload.event).toMatchObject({ type: 'recalculate', revision: 4 });
    await setClock(admin, shanghai('2026-10-14', '09:01'));
    const entries = await overdueItemEntries(id);
    expect(entries).toHaveLength(1);
    expect(new Date(entries[0].at).toISOString()).toBe(endOf('2026-10-13'));
    expect(await overdueIn(id)).toEqual([expect.objectContaining({ deadline: endOf('2026-10-13') })]);
  });

  it("replaying an item's log under the revisions it records yields its stored snapshot", async () => {
    const db = server.app.get(DataSource);
    const [app] = await db.query(
      `SELECT a.id, a.applicant, a.center_id AS "centerId", f.definition, p.snapshot
       FROM application a JOIN process_instance p ON p.application_id = a.id
       JOIN flow_definition f ON f.key = a.flow_key AND f.version = a.flow_version
       WHERE a.id = (SELECT application_id FROM instance_event WHERE command = 'recalculate' ORDER BY id LIMIT 1)`,
    );
    const log: LoggedEvent[] = await db.query(
      `SELECT instance_version AS version, at, actor, command, from_status AS "fromStatus", to_status AS "toStatus", payload
       FROM instance_event WHERE application_id = $1 ORDER BY instance_version`,
      [app.id],
    );
    expect(log.filter((row) => row.command === 'recalculate')).toHaveLength(2);
    const revisions: { revision: number; overrides: [] }[] = await db.query(
      `SELECT revision, overrides FROM calendar_revision WHERE center_id = $1`,
      [app.centerId],
    );
    const calendarOf = (revision: number) =>
      createWorkCalendar({ overrides: revisions.find((row) => row.revision === revision)?.overrides ?? [] });
    const limits = { statutoryDays: 10, promisedDays: 7 };
    const replay = replayInstance(app.definition, app, limits, log, calendarOf);
    expect(replay.problems).toEqual([]);
    expect(jsonbOrder(replay.snapshot)).toEqual(jsonbOrder(app.snapshot));
    // Under the official calendar alone the same log does not replay to it: the revisions matter.
    const official = replayInstance(app.definition, app, limits, log, () => createWorkCalendar());
    expect(official.problems).not.toEqual([]);
  });

  it('only an admin changes the calendar; removing an override that is not there is 404 and makes no revision', async () => {
    await window1.put('/api/calendar/overrides/2026-12-01', { workday: false }).expect(403);
    const missing = await admin.delete('/api/calendar/overrides/2026-12-02').expect(404);
    expect(missing.body.error.code).toBe('OVERRIDE_NOT_FOUND');
    const [{ count }] = await server.app.get(DataSource).query(`SELECT count(*)::int AS count FROM calendar_revision`);
    expect(count).toBe(4);
  });

  it('an item the change did not reach catches up before its next step: its old timer fires nothing', async () => {
    // Accepted Thu 10-15: review due Thu 10-22, item Mon 10-26. Revision 5 (a holiday on Mon 10-19) is written
    // as if it had committed while this item was being submitted, so the change's transaction did not see it.
    await setClock(admin, shanghai('2026-10-15'));
    const id = await accepted();
    const centerId = (await admin.get('/api/auth/me').expect(200)).body.centerId as string;
    const overrides = [{ date: '2026-10-19', workday: false, note: '本地停工' }];
    await server.app.get(DataSource).query(
      `INSERT INTO calendar_revision (center_id, revision, overrides, changed_by, changed_at)
       VALUES ($1, 5, $2::jsonb, 'admin', now())`,
      [centerId, JSON.stringify(overrides)],
    );
    server.app.get(CalendarService).forget(centerId);

    await setClock(admin, shanghai('2026-10-23'));
    const log = await events(id);
    expect(log.slice(-2).map((row) => [row.command, row.actor])).toEqual([
      ['recalculate', 'system'],
      ['timer', 'system'],
    ]);
    expect(log.at(-2)!.payload.event).toMatchObject({ type: 'recalculate', revision: 5 });
    const caught = await view(id);
    expect(caught.deadline).toBe(endOf('2026-10-27'));
    expect(caught.openTasks.map((task: { deadline: string }) => task.deadline)).toEqual([endOf('2026-10-23')]);
    expect(caught.timeline.map((entry: { action: string }) => entry.action)).not.toContain('remind');
  });
});
