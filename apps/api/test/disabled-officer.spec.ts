import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/modules/identity';
import { StaffService } from '../src/modules/staff/staff.service';
import { loginAs, type Session, setClock, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

type Node = { id: string; type: string; [field: string]: unknown };
type Flow = { key: string; name: string; nodes: Node[]; edges: unknown[] };
type InboxTask = {
  id: string;
  applicationId: string;
  nodeId: string;
  candidateUsers: string[];
  claimedBy: string | null;
  actingFor: string | null;
};
type OpenTaskView = {
  taskId: string;
  nodeId: string;
  participant?: string;
  candidateUsers: string[];
  department: string;
};

const MATERIALS = ['M01', 'M02', 'M03'];
/** planning1 has a B post (planning1b, demo pair); fire1 has none. These reviewers join them. */
const EXTRA_REVIEWERS = [
  { username: 'planning2', department: 'planning' },
  { username: 'fire2', department: 'fire' },
  { username: 'fire3', department: 'fire' },
];

/**
 * Issue 16: disabling an officer moves every open task that is its — claimed by it, or naming it by username as
 * the assignee or a 会签 member — to its B post (paired and enabled), else back to its department's queue; one
 * `reassign` event per item. The new holder's inbox shows the task, the disabled officer no one's.
 */
describe('a disabled officer’s open tasks (API)', () => {
  let server: TestApp;
  let db: DataSource;
  let admin: Session;
  let alice: Session;
  let window1: Session;
  const sessions: Record<string, Session> = {};

  /** The demo parallel-review flow with `plan` and `fire` changed, published under `key` with its catalog item. */
  async function publishVariant(key: string, change: (node: Node) => Node) {
    const base = (await admin.get('/api/definitions/parallel-review').expect(200)).body.definition as Flow;
    const nodes = base.nodes.map((n) => (n.id === 'plan' || n.id === 'fire' ? change(n) : n));
    await admin.post('/api/definitions', { ...base, key, name: key, nodes }).expect(201);
    await admin.post(`/api/definitions/${key}/publish`).expect(200);
    const item = (await admin.get('/api/catalog/parallel-review').expect(200)).body;
    await admin.post('/api/catalog', { ...item, code: key, name: key, flowKey: key }).expect(201);
  }

  async function accepted(itemCode: string): Promise<string> {
    const id = await submitAs(alice, itemCode, MATERIALS);
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    return id;
  }

  const openTasks = async (id: string, nodeId: string): Promise<OpenTaskView[]> =>
    (await admin.get(`/api/applications/${id}`).expect(200)).body.openTasks.filter(
      (t: OpenTaskView) => t.nodeId === nodeId,
    );
  /** The open tasks of an item in someone's inbox, both as the unpaged list and as a page (SQL rule). */
  async function inbox(who: string, id: string): Promise<InboxTask[]> {
    const listed = (await sessions[who].get('/api/tasks?status=open').expect(200)).body as InboxTask[];
    const paged = (await sessions[who].get('/api/tasks?status=open&page=1&pageSize=200').expect(200)).body;
    const mine = listed.filter((t) => t.applicationId === id);
    expect(paged.items.filter((t: InboxTask) => t.applicationId === id)).toEqual(mine);
    return mine;
  }
  const setDisabled = (username: string, disabled: boolean) =>
    server.http
      .patch(`/api/users/${username}`)
      .set('authorization', `Bearer ${admin.token}`)
      .send({ disabled })
      .expect(200);
  const reassignEvents = (id: string) =>
    db.query(
      `SELECT actor, payload FROM instance_event WHERE application_id = $1 AND command = 'reassign'
       ORDER BY instance_version`,
      [id],
    );
  const approve = (who: string, taskId: string) =>
    sessions[who].post(`/api/tasks/${taskId}/complete`, { decision: 'approve', comment: '同意' }).expect(200);
  /** Nobody's inbox and no view of the item names the disabled officer as someone who may take a task. */
  async function namedNowhere(officer: string, id: string) {
    for (const who of Object.keys(sessions)) {
      if (who === officer) continue;
      for (const task of await inbox(who, id)) expect(task.candidateUsers).not.toContain(officer);
    }
    for (const nodeId of ['plan', 'fire']) {
      for (const task of await openTasks(id, nodeId)) expect(task.candidateUsers).not.toContain(officer);
    }
  }

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    db = server.app.get(DataSource);
    const passwords = server.app.get(PasswordHasher);
    for (const { username, department } of EXTRA_REVIEWERS) {
      await db.query(
        `INSERT INTO app_user (center_id, username, name, password_hash, roles, department, demo)
         VALUES ('demo-city', $1, $1, $2, '{reviewer}', $3, true)`,
        [username, await passwords.hash(username), department],
      );
    }
    [admin, alice, window1] = await Promise.all(['admin', 'alice', 'window1'].map((name) => loginAs(server, name)));
    for (const name of ['planning1', 'planning1b', 'fire1', ...EXTRA_REVIEWERS.map((u) => u.username)]) {
      sessions[name] = await loginAs(server, name);
    }
    await setClock(admin, shanghai('2026-09-28', '10:00'));
    // plan names planning1 (with a B post), fire names fire1 (without).
    await publishVariant('named-demo', (n) => ({
      ...n,
      assignees: { roles: [], users: [`${n.id === 'plan' ? 'planning' : 'fire'}1`] },
    }));
    // 会签 of two named members each: planning1 + planning2, fire1 + fire3.
    await publishVariant('countersign-named', (n) => ({
      ...n,
      mode: 'all',
      assignees: { roles: [], users: n.id === 'plan' ? ['planning1', 'planning2'] : ['fire1', 'fire3'] },
    }));
  });
  afterAll(() => server.close());
  // Each case disables its officers and enables them again (an enabled officer gets back nothing).
  afterEach(async () => {
    await setDisabled('planning1', false);
    await setDisabled('fire1', false);
    for (const name of ['planning1', 'fire1']) sessions[name] = await loginAs(server, name);
  });

  it('a claimed task goes to the B post (its inbox shows it) or back to the queue (the department’s inboxes)', async () => {
    const id = await accepted('parallel-review');
    const [plan] = await inbox('planning1', id).then((tasks) => tasks.filter((t) => t.nodeId === 'plan'));
    const [fire] = await inbox('fire1', id).then((tasks) => tasks.filter((t) => t.nodeId === 'fire'));
    await sessions.planning1.post(`/api/tasks/${plan.id}/claim`).expect(200);
    await sessions.fire1.post(`/api/tasks/${fire.id}/claim`).expect(200);
    await setDisabled('planning1', true);
    await setDisabled('fire1', true);
    expect((await inbox('planning1b', id)).find((t) => t.id === plan.id)).toMatchObject({ claimedBy: 'planning1b' });
    expect((await inbox('fire2', id)).find((t) => t.id === fire.id)).toMatchObject({ claimedBy: null });
    expect(await reassignEvents(id)).toEqual([
      { actor: 'admin', payload: expect.objectContaining({ from: 'planning1', to: 'planning1b', taskIds: [plan.id] }) },
      { actor: 'admin', payload: expect.objectContaining({ from: 'fire1', to: null, taskIds: [fire.id] }) },
    ]);
    await approve('planning1b', plan.id);
    await sessions.fire2.post(`/api/tasks/${fire.id}/claim`).expect(200);
    await approve('fire2', fire.id);
  });

  it('a task naming the officer as assignee goes to its B post in its place', async () => {
    const id = await accepted('named-demo');
    const [task] = await openTasks(id, 'plan');
    expect(task.candidateUsers).toEqual(['planning1']);
    expect(await inbox('planning1b', id)).toEqual([]);
    await setDisabled('planning1', true);
    expect(await inbox('planning1b', id)).toEqual([
      expect.objectContaining({ id: task.taskId, candidateUsers: ['planning1b'], claimedBy: null }),
    ]);
    expect(await reassignEvents(id)).toEqual([
      {
        actor: 'admin',
        payload: expect.objectContaining({
          from: 'planning1',
          to: 'planning1b',
          department: 'planning',
          taskIds: [task.taskId],
        }),
      },
    ]);
    await namedNowhere('planning1', id);
    await approve('planning1b', task.taskId);
    expect(await openTasks(id, 'plan')).toEqual([]);
  });

  it('a disabled A post is covered by nobody: its B post no longer acts for it, even while it is absent', async () => {
    const id = await accepted('named-demo');
    const week = { from: shanghai('2026-09-28', '00:00'), to: shanghai('2026-10-05', '00:00') };
    const absence = (await admin.post('/api/staff/planning1/absence', week).expect(201)).body;
    const [task] = await openTasks(id, 'plan');
    expect(await inbox('planning1b', id)).toEqual([
      expect.objectContaining({ id: task.taskId, actingFor: 'planning1' }),
    ]);
    await setDisabled('planning1', true);
    expect(
      await server.app.get(StaffService).coveredBy('planning1b', new Date(shanghai('2026-09-28', '10:00'))),
    ).toEqual([]);
    expect(await inbox('planning1b', id)).toEqual([
      expect.objectContaining({ id: task.taskId, actingFor: null, candidateUsers: ['planning1b'] }),
    ]);
    await admin.delete(`/api/staff/absence/${absence.id}`).expect(204);
  });

  it('without a B post, a task naming the officer as assignee is its department’s queue', async () => {
    const id = await accepted('named-demo');
    const [task] = await openTasks(id, 'fire');
    await setDisabled('fire1', true);
    expect(await openTasks(id, 'fire')).toEqual([
      expect.objectContaining({ taskId: task.taskId, department: 'fire', candidateUsers: [], candidateRoles: [] }),
    ]);
    for (const who of ['fire2', 'fire3']) {
      expect(await inbox(who, id)).toEqual([expect.objectContaining({ id: task.taskId, nodeId: 'fire' })]);
    }
    expect(await inbox('planning2', id)).toEqual([]);
    expect(await reassignEvents(id)).toEqual([
      {
        actor: 'admin',
        payload: expect.objectContaining({ from: 'fire1', to: null, department: 'fire', taskIds: [task.taskId] }),
      },
    ]);
    await namedNowhere('fire1', id);
    await sessions.fire3.post(`/api/tasks/${task.taskId}/claim`).expect(200);
    await sessions.fire2.post(`/api/tasks/${task.taskId}/claim`).expect(409);
    await approve('fire3', task.taskId);
  });

  it('a 会签 member’s vote still due is carried by its B post, and counts', async () => {
    const id = await accepted('countersign-named');
    const member = (await openTasks(id, 'plan')).find((t) => t.participant === 'planning1')!;
    await setDisabled('planning1', true);
    const moved = (await openTasks(id, 'plan')).find((t) => t.taskId === member.taskId)!;
    expect([moved.participant, moved.candidateUsers]).toEqual(['planning1', ['planning1b']]);
    expect(await inbox('planning1b', id)).toEqual([expect.objectContaining({ id: member.taskId })]);
    await namedNowhere('planning1', id);
    await approve('planning1b', member.taskId);
    const [other] = await openTasks(id, 'plan');
    await approve('planning2', other.taskId);
    expect(await openTasks(id, 'plan')).toEqual([]);
  });

  it('without a B post a 会签 member’s task is its department’s queue; another of the department votes it', async () => {
    const id = await accepted('countersign-named');
    const member = (await openTasks(id, 'fire')).find((t) => t.participant === 'fire1')!;
    await setDisabled('fire1', true);
    expect((await inbox('fire2', id)).map((t) => t.id)).toEqual([member.taskId]);
    expect((await inbox('fire3', id)).map((t) => t.id).sort()).toEqual(
      (await openTasks(id, 'fire')).map((t) => t.taskId).sort(),
    );
    await namedNowhere('fire1', id);
    expect(await reassignEvents(id)).toHaveLength(1);
    await approve('fire2', member.taskId);
    const [other] = await openTasks(id, 'fire');
    await approve('fire3', other.taskId);
    expect(await openTasks(id, 'fire')).toEqual([]);
  });
});
