import { DataSource } from 'typeorm';
import { loginAs, openTask, PARALLEL_REVIEW_ITEM, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const INSTANT = ['C01', 'C02', 'C03', 'C04', 'C05'];

interface LedgerRow {
  id: string;
  applicationId: string;
  kind: string;
  department: string;
  officer: string | null;
  owner: string;
  nodeId: string | null;
  dueDate: string;
  overdue: boolean;
}

// 责任追究: claims, who a ledger row names, rows past their due date, complaints not rectified, officers' withdrawals.
// One manual clock for the whole file, moving forward: items accepted Mon 2026-09-28; reviews (3 working days) lapse
// at the end of Thu 10-08 (National Day in between); the promised limit (10) ends with Fri 10-16.
describe('accountability', () => {
  let server: TestApp;
  let db: DataSource;
  let admin: Session;
  let alice: Session;
  let window1: Session;
  let planning1: Session;
  let planning1b: Session;
  let fire1: Session;
  let super1: Session;

  beforeAll(async () => {
    delete process.env.COMPLAINT_DAYS;
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    db = server.app.get(DataSource);
    [admin, alice, window1, planning1, planning1b, fire1, super1] = await Promise.all(
      ['admin', 'alice', 'window1', 'planning1', 'planning1b', 'fire1', 'super1'].map((name) => loginAs(server, name)),
    );
    await setClock(admin, shanghai('2026-09-28', '10:00'));
  });
  afterAll(() => server.close());

  async function inReview() {
    const { body } = await alice.post('/api/applications', PARALLEL_REVIEW_ITEM).expect(201);
    await window1.post(`/api/applications/${body.id}/accept`).expect(200);
    return body.id as string;
  }

  const commands = async (id: string) =>
    (
      await db.query(`SELECT command FROM instance_event WHERE application_id = $1 ORDER BY instance_version`, [id])
    ).map((row: { command: string }) => row.command);
  const ledger = async (id: string): Promise<LedgerRow[]> =>
    (await super1.get('/api/supervision/ledger').expect(200)).body.filter((row: LedgerRow) => row.applicationId === id);

  describe('claiming a role task (POST /api/tasks/{id}/claim, /unclaim)', () => {
    it('gives the task to its claimer: others of the role see who holds it and may neither claim nor decide it', async () => {
      const id = await inReview();
      const task = await openTask(planning1, id, 'plan');
      const claimed = await planning1.post(`/api/tasks/${task.id}/claim`).expect(200);
      expect(claimed.body).toMatchObject({ taskId: task.id, applicationId: id, claimedBy: 'planning1' });
      expect(await openTask(planning1b, id, 'plan')).toMatchObject({ claimedBy: 'planning1' });

      const taken = await planning1b.post(`/api/tasks/${task.id}/claim`).expect(409);
      expect(taken.body.error).toMatchObject({ code: 'TASK_CLAIMED', message: expect.stringContaining('planning1') });
      const decided = await planning1b.post(`/api/tasks/${task.id}/complete`, { decision: 'approve', comment: '同意' });
      expect([decided.status, decided.body.error.code]).toEqual([409, 'TASK_CLAIMED']);
      expect((await planning1b.post(`/api/tasks/${task.id}/unclaim`).expect(409)).body.error.code).toBe('TASK_CLAIMED');
      expect(await commands(id)).toEqual(['submit', 'accept', 'claim']);
    });

    it('refuses a claim by someone the task does not go to (403), and writes nothing', async () => {
      const id = await inReview();
      const task = await openTask(planning1, id, 'plan');
      expect((await fire1.post(`/api/tasks/${task.id}/claim`)).status).toBe(403);
      expect((await fire1.post('/api/tasks/00000000-0000-4000-8000-000000000000/claim')).status).toBe(404);
      expect((await fire1.post('/api/tasks/no-such-task/claim')).status).toBe(400);
      expect(await commands(id)).toEqual(['submit', 'accept']);
    });

    it('lets the claimer give it back, one event per claim; opening it again claims nothing twice', async () => {
      const id = await inReview();
      const task = await openTask(planning1, id, 'plan');
      await planning1.post(`/api/tasks/${task.id}/claim`).expect(200);
      await planning1.post(`/api/tasks/${task.id}/claim`).expect(200);
      const back = await planning1.post(`/api/tasks/${task.id}/unclaim`).expect(200);
      expect(back.body.claimedBy).toBeNull();
      expect(await openTask(planning1b, id, 'plan')).toMatchObject({ claimedBy: null });
      await planning1b.post(`/api/tasks/${task.id}/claim`).expect(200);
      expect(await commands(id)).toEqual(['submit', 'accept', 'claim', 'unclaim', 'claim']);
      const view = await planning1b.get(`/api/applications/${id}`).expect(200);
      expect(view.body.openTasks.find((t: { nodeId: string }) => t.nodeId === 'plan')).toMatchObject({
        claimedBy: 'planning1b',
      });
    });

    it('lets B take over the task its absent A claimed, acting for A, without claiming it again', async () => {
      const id = await inReview();
      const task = await openTask(planning1, id, 'plan');
      await planning1.post(`/api/tasks/${task.id}/claim`).expect(200);
      const away = await admin
        .post('/api/staff/planning1/absence', {
          from: shanghai('2026-09-28', '00:00'),
          to: shanghai('2026-09-29', '00:00'),
        })
        .expect(201);
      expect(await openTask(planning1b, id, 'plan')).toMatchObject({ claimedBy: 'planning1', actingFor: 'planning1' });
      const held = await planning1b.post(`/api/tasks/${task.id}/claim`).expect(200);
      expect(held.body.claimedBy).toBe('planning1');
      await planning1b.post(`/api/tasks/${task.id}/complete`, { decision: 'approve', comment: '代为审查' }).expect(200);
      const [event] = await db.query(
        `SELECT actor, on_behalf_of AS "onBehalfOf" FROM instance_event WHERE application_id = $1 AND command = 'complete'`,
        [id],
      );
      expect(event).toEqual({ actor: 'planning1b', onBehalfOf: 'planning1' });
      expect(await commands(id)).toEqual(['submit', 'accept', 'claim', 'complete']);
      await admin.delete(`/api/staff/absence/${away.body.id}`).expect(204);
    });

    it('claims an unclaimed task for whoever decides it, in the same step', async () => {
      const id = await inReview();
      const task = await openTask(fire1, id, 'fire');
      await fire1.post(`/api/tasks/${task.id}/complete`, { decision: 'approve', comment: '同意' }).expect(200);
      const closed = (await fire1.get('/api/tasks?status=closed').expect(200)).body.find(
        (t: { id: string }) => t.id === task.id,
      );
      expect(closed).toMatchObject({ claimedBy: 'fire1', completedBy: 'fire1' });
      expect(await commands(id)).toEqual(['submit', 'accept', 'complete']);
    });
  });

  describe('the ledger names who answers for a lapse', () => {
    let claimed: string;
    let covered: string;

    it('names the claimer, the department of an unclaimed task, and B for a lapse while it covered A', async () => {
      claimed = await inReview();
      await fire1.post(`/api/tasks/${(await openTask(fire1, claimed, 'fire')).id}/claim`).expect(200);
      covered = await inReview();
      await planning1.post(`/api/tasks/${(await openTask(planning1, covered, 'plan')).id}/claim`).expect(200);
      await admin
        .post('/api/staff/planning1/absence', {
          from: shanghai('2026-10-08', '00:00'),
          to: shanghai('2026-10-09', '00:00'),
        })
        .expect(201);

      await setClock(admin, shanghai('2026-10-09'));
      const rows = await ledger(claimed);
      const byNode = (list: LedgerRow[], nodeId: string) => list.find((row) => row.nodeId === nodeId);
      expect(byNode(rows, 'fire')).toMatchObject({
        kind: 'tacit-approval',
        department: 'fire',
        officer: 'fire1',
        owner: 'fire1',
      });
      expect(byNode(rows, 'plan')).toMatchObject({
        kind: 'tacit-approval',
        department: 'planning',
        officer: null,
        owner: 'planning',
      });
      expect(byNode(rows, 'env')).toMatchObject({ department: 'environment', officer: null, owner: 'environment' });
      expect(rows.every((row) => row.owner !== 'window1')).toBe(true);
      expect(byNode(await ledger(covered), 'plan')).toMatchObject({ officer: 'planning1b', owner: 'planning1b' });
    });

    it('flags a row past its own due date, and keeps flagging one closed late but not one closed in time', async () => {
      // Lapsed at the end of 10-08: due 5 working days on, 10-14 (10-10 is a make-up workday).
      const [inTime, late] = (await ledger(claimed)).filter((row) => row.kind === 'tacit-approval');
      expect([inTime.dueDate, inTime.overdue, late.overdue]).toEqual(['2026-10-14', false, false]);
      await setClock(admin, shanghai('2026-10-14', '18:00'));
      await super1.post(`/api/supervision/ledger/${inTime.id}/close`, { note: '已约谈' }).expect(200);
      await setClock(admin, shanghai('2026-10-15'));
      const rows = await ledger(claimed);
      expect(rows.find((row) => row.id === inTime.id)?.overdue).toBe(false);
      expect(rows.find((row) => row.id === late.id)?.overdue).toBe(true);
      await super1.post(`/api/supervision/ledger/${late.id}/close`, { note: '补办' }).expect(200);
      expect((await ledger(claimed)).find((row) => row.id === late.id)?.overdue).toBe(true);
    });
  });

  it('turns a complaint past its rectification date red and records that once', async () => {
    const submitted = await alice
      .post('/api/applications', {
        itemCode: 'instant',
        channel: 'online',
        materials: INSTANT.map((code) => ({ code })),
      })
      .expect(201);
    const id = submitted.body.id as string;
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    // Rated Thu 10-15: due 5 working days on, Thu 10-22.
    const rated = await alice.post('/api/ratings', { applicationId: id, score: 1, comment: '态度差' }).expect(201);
    expect(rated.body.complaint).toMatchObject({ dueDate: '2026-10-22', red: false });
    const complaint = async () =>
      (await super1.get('/api/complaints').expect(200)).body.find((r: { id: string }) => r.id === rated.body.id)
        .complaint;

    await setClock(admin, shanghai('2026-10-22', '23:00'));
    expect((await complaint()).red).toBe(false);
    expect((await ledger(id)).map((row) => row.kind)).toEqual(['complaint']);

    await setClock(admin, shanghai('2026-10-23'));
    expect((await complaint()).red).toBe(true);
    await setClock(admin, shanghai('2026-10-26'));
    const lapses = (await ledger(id)).filter((row) => row.kind === 'complaint-overdue');
    expect(lapses).toEqual([
      expect.objectContaining({ department: 'center', officer: 'window1', owner: 'window1', dueDate: '2026-10-29' }),
    ]);
    const [row] = await db.query(`SELECT at FROM accountability_entry WHERE id = $1`, [lapses[0].id]);
    expect(new Date(row.at).toISOString()).toBe('2026-10-22T15:59:59.999Z');
    // Its owner is told once (issue 16), with the lapse.
    const notices = (await window1.get('/api/notifications').expect(200)).body.items.filter(
      (n: { kind: string; applicationId: string }) => n.kind === 'complaint-due' && n.applicationId === id,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain('的差评投诉未在2026年10月22日前整改答复，已记入问责台账。');
  });

  describe('an officer’s withdrawal (撤件)', () => {
    const figures = async () => (await super1.get('/api/exports/statistics').expect(200)).body;
    const itemFigures = async () =>
      (await figures()).byItem.find((row: { key: string }) => row.key === 'one-time-notice');
    const fireFigures = async () => (await figures()).byDepartment.find((row: { key: string }) => row.key === 'fire');
    /** A fire-safety check (promised 7 working days) whose review only reminds when late: it stays open. */
    async function checking() {
      const materials = ['F01', 'F02', 'F03', 'F04'].map((code) => ({ code }));
      const { body } = await alice.post('/api/applications', {
        itemCode: 'one-time-notice',
        channel: 'online',
        materials,
      });
      await window1.post(`/api/applications/${body.id}/accept`).expect(200);
      return body.id as string;
    }

    it('needs a reason, writes an officer-withdrawal row naming the officer, and an overdue item stays overdue', async () => {
      await setClock(admin, shanghai('2026-10-26', '10:00'));
      const id = await checking();
      const ownWithdrawal = await checking();
      // Promised limit of 7 working days from Mon 10-26 ends with Wed 11-04.
      await setClock(admin, shanghai('2026-11-10'));
      const before = await itemFigures();
      const fireBefore = await fireFigures();

      const bare = await window1.post(`/api/applications/${id}/withdraw`, {}).expect(400);
      expect(bare.body.error.code).toBe('REASON_REQUIRED');
      expect((await window1.post(`/api/applications/${id}/withdraw`, { reason: ' ' })).status).toBe(400);
      await window1.post(`/api/applications/${id}/withdraw`, { reason: '申请人来电要求撤回' }).expect(200);
      const [entry] = (await ledger(id)).filter((row) => row.kind === 'officer-withdrawal');
      expect(entry).toMatchObject({ officer: 'window1', owner: 'window1', department: 'center' });
      expect(before.overdue).toBeGreaterThanOrEqual(2);

      const after = await itemFigures();
      expect([after.overdue, after.finished]).toEqual([before.overdue, before.finished + 1]);
      // Its fire review, past its own deadline, was cancelled with it: still the department's overdue step.
      expect((await fireFigures()).overdue).toBe(fireBefore.overdue);

      await alice.post(`/api/applications/${ownWithdrawal}/withdraw`, {}).expect(200);
      expect((await ledger(ownWithdrawal)).filter((row) => row.kind === 'officer-withdrawal')).toEqual([]);
      expect((await itemFigures()).overdue).toBe(before.overdue - 1);
    });
  });
});
