import { DataSource } from 'typeorm';
import { loginAs, openTask, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

// The durable runtime's guarantees: races, idempotency, stale versions, A/B posts, versions, ledger entries.
describe('durable runtime', () => {
  let server: TestApp;
  let db: DataSource;
  let admin: Session;
  let window1: Session;
  let alice: Session;
  let bob: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    db = server.app.get(DataSource);
    admin = await loginAs(server, 'admin');
    window1 = await loginAs(server, 'window1');
    alice = await loginAs(server, 'alice');
    bob = await loginAs(server, 'bob');
  });
  afterAll(() => server.close());

  async function submitted(itemCode = 'parallel-review', materials = ['M01', 'M02', 'M03']) {
    const response = await alice
      .post('/api/applications', {
        itemCode,
        channel: 'online',
        materials: materials.map((code) => ({ code })),
        data: {},
      })
      .expect(201);
    return response.body.id as string;
  }

  async function inReview() {
    const id = await submitted();
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    return id;
  }

  const eventCount = async (id: string) =>
    Number((await db.query(`SELECT count(*) AS n FROM instance_event WHERE application_id = $1`, [id]))[0].n);

  it('lets exactly one of two simultaneous approvals of an `any` review through; the other gets 409', async () => {
    const id = await inReview();
    const planning1 = await loginAs(server, 'planning1');
    const planning1b = await loginAs(server, 'planning1b');
    const taskId = (await openTask(planning1, id, 'plan')).id;
    const before = await eventCount(id);
    const answers = await Promise.all([
      planning1.post(`/api/tasks/${taskId}/complete`, { decision: 'approve', comment: '同意' }),
      planning1b.post(`/api/tasks/${taskId}/complete`, { decision: 'approve', comment: '同意' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.body.error.code).toBe('TASK_NOT_OPEN');
    expect(await eventCount(id)).toBe(before + 1);
  });

  it('answers a retried command with the same Idempotency-Key with the first result and no second event', async () => {
    const id = await submitted();
    const first = await window1.post(`/api/applications/${id}/accept`).set('Idempotency-Key', 'accept-once-1');
    const again = await window1.post(`/api/applications/${id}/accept`).set('Idempotency-Key', 'accept-once-1');
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('in-review');
    expect(await eventCount(id)).toBe(2); // submit + accept
    const without = await window1.post(`/api/applications/${id}/accept`);
    expect(without.status).toBe(409);
  });

  it('refuses a command on a stale version (If-Match) with 409 and writes nothing', async () => {
    const id = await submitted();
    const stale = await window1.post(`/api/applications/${id}/accept`).set('If-Match', '7');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
    expect(await eventCount(id)).toBe(1);
    await window1.post(`/api/applications/${id}/accept`).set('If-Match', '1').expect(200);
  });

  it('records the first officer who acts as the first-inquiry owner', async () => {
    const id = await submitted();
    const window2 = await loginAs(server, 'window2');
    await window2.post(`/api/applications/${id}/accept`).expect(200);
    const view = await alice.get(`/api/applications/${id}`).expect(200);
    expect(view.body.firstInquiryOfficer).toBe('window2');
  });

  it('offers A’s tasks to B while A is absent and records B acting for A', async () => {
    const base = (await admin.get('/api/definitions/parallel-review').expect(200)).body.definition;
    const personal = {
      ...base,
      key: 'ab-post-demo',
      name: 'AB 岗演示',
      nodes: base.nodes.map((node: { id: string }) =>
        node.id === 'plan' ? { ...node, assignees: { roles: [], users: ['planning1'] } } : node,
      ),
    };
    await admin.post('/api/definitions', personal).expect(201);
    await admin.post('/api/definitions/ab-post-demo/publish').expect(200);
    const item = (await admin.get('/api/catalog/parallel-review').expect(200)).body;
    await admin
      .post('/api/catalog', { ...item, code: 'ab-post-demo', name: 'AB 岗演示事项', flowKey: 'ab-post-demo' })
      .expect(201);
    const id = await submitted('ab-post-demo');
    await window1.post(`/api/applications/${id}/accept`).expect(200);

    const planning1b = await loginAs(server, 'planning1b');
    const ownTask = (await planning1b.get('/api/tasks').expect(200)).body.find(
      (t: { applicationId: string; nodeId: string }) => t.applicationId === id && t.nodeId === 'plan',
    );
    expect(ownTask).toBeUndefined();
    await admin
      .post('/api/staff/planning1/absence', {
        from: shanghai('2026-09-28', '00:00'),
        to: shanghai('2026-09-30', '00:00'),
      })
      .expect(201);
    const tasks = await planning1b.get('/api/tasks').expect(200);
    const task = tasks.body.find(
      (t: { applicationId: string; nodeId: string }) => t.applicationId === id && t.nodeId === 'plan',
    );
    expect(task).toMatchObject({ actingFor: 'planning1' });
    await planning1b.post(`/api/tasks/${task.id}/complete`, { decision: 'approve', comment: '代为审查' }).expect(200);
    const [event] = await db.query(
      `SELECT actor, on_behalf_of AS "onBehalfOf" FROM instance_event WHERE application_id = $1 AND command = 'complete'`,
      [id],
    );
    expect(event).toEqual({ actor: 'planning1b', onBehalfOf: 'planning1' });
    const overlap = await admin.post('/api/staff/planning1b/absence', {
      from: shanghai('2026-09-29', '00:00'),
      to: shanghai('2026-10-01', '00:00'),
    });
    expect(overlap.status).toBe(409);
  });

  it('writes a ledger entry for a forced second notice; refuses a refusal without reason (§38)', async () => {
    const id = await submitted('one-time-notice', ['F01']);
    await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F02', 'F03', 'F04'] }).expect(200);
    await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F05'], force: true }).expect(200);
    const kinds = async (app: string) =>
      (await db.query(`SELECT kind FROM accountability_entry WHERE application_id = $1`, [app])).map(
        (row: { kind: string }) => row.kind,
      );
    expect(await kinds(id)).toContain('second-notice');

    const other = await inReview();
    const fire1 = await loginAs(server, 'fire1');
    const refused = await fire1
      .post(`/api/tasks/${(await openTask(fire1, other, 'fire')).id}/complete`, { decision: 'reject' })
      .expect(400);
    expect(refused.body.error.code).toBe('REASON_REQUIRED');
    expect(await kinds(other)).toEqual([]);
    expect((await alice.get(`/api/applications/${other}`)).body.status).toBe('in-review');
  });

  it('keeps running instances on the version they started with when a new version is published', async () => {
    const id = await inReview();
    const current = await admin.get('/api/definitions/parallel-review').expect(200);
    const changed = { ...current.body.definition, name: `${current.body.definition.name}（修订）` };
    await admin.post('/api/definitions', changed).expect(201);
    const published = await admin.post('/api/definitions/parallel-review/publish').expect(200);
    expect(published.body.version).toBeGreaterThan(current.body.version);
    const view = await alice.get(`/api/applications/${id}`).expect(200);
    expect(view.body.flowVersion).toBe(current.body.version);
    const fresh = await submitted();
    expect((await alice.get(`/api/applications/${fresh}`)).body.flowVersion).toBe(published.body.version);
  });

  it('keeps applicants to their own items', async () => {
    const id = await submitted();
    expect((await bob.get(`/api/applications/${id}`)).status).toBe(404);
    expect((await bob.get(`/api/applications/${id}/events`)).status).toBe(404);
    expect((await bob.post(`/api/applications/${id}/withdraw`)).status).toBe(404);
    const mine = await bob.get('/api/applications').expect(200);
    expect(mine.body.every((row: { applicant: string }) => row.applicant === 'bob')).toBe(true);
    expect((await bob.get('/api/tasks')).status).toBe(403);
  });

  it('turns refused and malformed commands into 4xx without writing', async () => {
    const id = await submitted();
    const before = await eventCount(id);
    expect((await window1.post(`/api/applications/${id}/reject`, { reason: '' })).status).toBe(400);
    expect((await window1.post(`/api/applications/${id}/notify-missing`, { missing: 'F01' })).status).toBe(400);
    expect((await window1.post(`/api/applications/${id}/nonsense`)).status).toBe(404);
    expect((await window1.post(`/api/applications/not-a-uuid/accept`)).status).toBe(400);
    expect((await alice.post(`/api/applications/${id}/accept`)).status).toBe(403);
    expect((await alice.post('/api/applications', { itemCode: 'no-such-item', channel: 'online' })).status).toBe(400);
    expect((await alice.post('/api/applications', { itemCode: 'parallel-review', channel: 'pigeon' })).status).toBe(
      400,
    );
    expect(await eventCount(id)).toBe(before);
  });

  it('never lets the manual clock go back', async () => {
    const response = await admin.post('/api/clock', { now: shanghai('2026-01-01') });
    expect(response.status).toBe(409);
    expect((await window1.post('/api/clock', { advance: 'PT1H' })).status).toBe(403);
    await setClock(admin, shanghai('2026-09-28', '10:00'));
  });
});
