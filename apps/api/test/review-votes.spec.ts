import { type Effect, start, step } from '@tongban/flow-engine';
import type { FlowDirectory } from '@tongban/flow-model';
import { createWorkCalendar } from '@tongban/work-calendar';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/modules/identity';
import { loginAs, type Session, setClock, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

type Node = { id: string; type: string; [field: string]: unknown };
type Edge = { id: string; source: string; target: string; on?: string };
type Flow = { key: string; name: string; nodes: Node[]; edges: Edge[] };
type OpenTask = {
  taskId: string;
  nodeId: string;
  candidateUsers: string[];
  participant?: string;
  opinions?: unknown[];
};

const MATERIALS = ['M01', 'M02', 'M03'];
type SubmitInput = { data: Record<string, unknown>; materials: { code: string }[] };
/** planning1 (the chief representative) and planning1b are demo accounts; three more planning reviewers join. */
const EXTRA_REVIEWERS = ['planning2', 'planning3', 'planning4'];

describe('会签 votes, 牵头部门 consolidation and 首席代表 (API)', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let window1: Session;
  const sessions: Record<string, Session> = {};

  /** The demo parallel-review flow changed by `change`, published under `key`, with a catalog item of that code. */
  async function publishVariant(key: string, change: (flow: Flow) => Flow) {
    const base = (await admin.get('/api/definitions/parallel-review').expect(200)).body.definition as Flow;
    await admin.post('/api/definitions', change({ ...base, key, name: key })).expect(201);
    await admin.post(`/api/definitions/${key}/publish`).expect(200);
    const item = (await admin.get('/api/catalog/parallel-review').expect(200)).body;
    await admin.post('/api/catalog', { ...item, code: key, name: key, flowKey: key }).expect(201);
  }

  async function accepted(itemCode: string): Promise<string> {
    const id = await submitAs(alice, itemCode, MATERIALS);
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    return id;
  }

  async function openTasks(id: string, nodeId: string): Promise<OpenTask[]> {
    const view = await admin.get(`/api/applications/${id}`).expect(200);
    return view.body.openTasks.filter((t: OpenTask) => t.nodeId === nodeId);
  }

  const complete = (who: string, taskId: string, body: object) =>
    sessions[who].post(`/api/tasks/${taskId}/complete`, body);

  async function vote(id: string, who: string, decision: 'approve' | 'reject') {
    const task = (await openTasks(id, 'plan')).find((t) => t.participant === who)!;
    await complete(who, task.taskId, { decision, comment: decision === 'approve' ? '同意' : '不符合规划' }).expect(200);
  }

  const countersign = (flow: Flow): Flow => ({
    ...flow,
    nodes: flow.nodes.map((n) => (n.id === 'plan' ? { ...n, mode: 'all', vote: { percent: 60 } } : n)),
  });

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    const passwords = server.app.get(PasswordHasher);
    const db = server.app.get(DataSource);
    for (const username of EXTRA_REVIEWERS) {
      await db.query(
        `INSERT INTO app_user (center_id, username, name, password_hash, roles, department, demo)
         VALUES ('demo-city', $1, $1, $2, '{reviewer}', 'planning', true)`,
        [username, await passwords.hash(username)],
      );
    }
    [admin, alice, window1] = await Promise.all(['admin', 'alice', 'window1'].map((name) => loginAs(server, name)));
    for (const name of ['planning1', 'planning1b', 'fire1', 'env1', ...EXTRA_REVIEWERS]) {
      sessions[name] = await loginAs(server, name);
    }
    await setClock(admin, shanghai('2026-09-28', '10:00'));
    await publishVariant('countersign-demo', countersign);
    await publishVariant('consolidate-demo', (flow) => ({
      ...flow,
      nodes: flow.nodes.map((n) => (n.id === 'join' ? { ...n, consolidate: true } : n)),
      // Each department's reject is an opinion for the lead, not the end of the item.
      edges: flow.edges.map((e) => (e.on === 'reject' && e.source !== 'accept' ? { ...e, target: 'join' } : e)),
    }));
  });
  afterAll(() => server.close());

  describe('会签 over the planning reviewers with { percent: 60 }', () => {
    it("opens one task per member of the department, each in that member's own inbox", async () => {
      const id = await accepted('countersign-demo');
      const tasks = await openTasks(id, 'plan');
      expect(tasks.map((t) => [t.participant, t.candidateUsers])).toEqual(
        ['planning1', 'planning1b', ...EXTRA_REVIEWERS].map((m) => [m, [m]]),
      );
      const inbox = (await sessions.planning3.get('/api/tasks?status=open').expect(200)).body.filter(
        (t: { applicationId: string }) => t.applicationId === id,
      );
      expect(inbox.map((t: { candidateUsers: string[] }) => t.candidateUsers)).toEqual([['planning3']]);
      const stranger = tasks.find((t) => t.participant === 'planning2')!;
      await complete('planning3', stranger.taskId, { decision: 'approve', comment: '同意' }).expect(403);
    });

    it('records the members with the event, so the log replays to the same tasks without asking the directory', async () => {
      const id = await accepted('countersign-demo');
      type Row = {
        command: string;
        at: string;
        payload: { event?: unknown; input?: SubmitInput; effects: Effect[]; directory?: FlowDirectory };
      };
      const events = (await admin.get(`/api/applications/${id}/events`).expect(200)).body as Row[];
      const [submit, accept] = events;
      expect(accept.command).toBe('accept');
      expect(accept.payload.directory!.users.map((u) => u.username)).toEqual([
        'planning1',
        'planning1b',
        ...EXTRA_REVIEWERS,
      ]);
      // The replay is given only what the log recorded, never the directory as it is now.
      const definition = (await admin.get('/api/definitions/countersign-demo').expect(200)).body.definition;
      const ctx = (row: Row) => ({
        now: row.at,
        newId: randomUUID,
        calendar: createWorkCalendar(),
        directory: row.payload.directory,
      });
      const input = submit.payload.input!;
      const started = start(
        definition,
        { applicationId: id, applicant: 'alice', data: input.data, materials: input.materials.map((m) => m.code) },
        ctx(submit),
      );
      const replayed = step(definition, started.snapshot, accept.payload.event, ctx(accept));
      const participants = (effects: Effect[]) =>
        effects.flatMap((e) => (e.type === 'task.open' && e.nodeId === 'plan' ? [e.participant] : []));
      expect(participants(replayed.effects)).toEqual(participants(accept.payload.effects));
      expect(participants(replayed.effects)).toEqual(['planning1', 'planning1b', ...EXTRA_REVIEWERS]);
    });

    it('three approvals of five decide the step; the other two tasks close', async () => {
      const id = await accepted('countersign-demo');
      await vote(id, 'planning2', 'approve');
      await vote(id, 'planning1b', 'reject');
      await vote(id, 'planning3', 'approve');
      expect((await openTasks(id, 'plan')).length).toBe(2);
      await vote(id, 'planning4', 'approve');
      const view = (await admin.get(`/api/applications/${id}`).expect(200)).body;
      expect(view.openTasks.filter((t: OpenTask) => t.nodeId === 'plan')).toEqual([]);
      expect(view.currentNodes).not.toContain('plan');
      expect(view.status).toBe('in-review');
    });

    it('the third reject of five rejects the item: three approvals can no longer come', async () => {
      const id = await accepted('countersign-demo');
      await vote(id, 'planning2', 'reject');
      await vote(id, 'planning3', 'reject');
      await vote(id, 'planning1b', 'approve');
      expect((await admin.get(`/api/applications/${id}`).expect(200)).body.status).toBe('in-review');
      await vote(id, 'planning4', 'reject');
      expect((await admin.get(`/api/applications/${id}`).expect(200)).body.status).toBe('rejected');
    });
  });

  describe('首席代表', () => {
    it("the chief representative decides a member's task in the department's name, deciding the whole step", async () => {
      const id = await accepted('countersign-demo');
      const member = (await openTasks(id, 'plan')).find((t) => t.participant === 'planning2')!;
      // At the window the chief sees the department's tasks, marked as decided in its name; a colleague does not.
      const inbox = async (who: string) =>
        (await sessions[who].get('/api/tasks?status=open').expect(200)).body.filter(
          (t: { id: string }) => t.id === member.taskId,
        );
      expect(await inbox('planning1')).toEqual([expect.objectContaining({ inDepartmentName: true })]);
      expect(await inbox('planning1b')).toEqual([]);
      await complete('planning1', member.taskId, { decision: 'approve', comment: '以部门名义同意' }).expect(200);
      const view = (await admin.get(`/api/applications/${id}`).expect(200)).body;
      expect(view.openTasks.filter((t: OpenTask) => t.nodeId === 'plan')).toEqual([]);
      expect(view.timeline.find((e: { nodeId: string }) => e.nodeId === 'plan')).toMatchObject({
        actor: 'planning1',
        action: 'approve',
        inNameOf: 'planning',
      });
      const events = (await admin.get(`/api/applications/${id}/events`).expect(200)).body;
      expect(events.at(-1)).toMatchObject({
        actor: 'planning1',
        command: 'complete',
        payload: expect.objectContaining({ inNameOf: 'planning' }),
      });
    });

    it('others of the department may not decide in its name (403), and nothing changes', async () => {
      const id = await accepted('countersign-demo');
      const own = (await openTasks(id, 'plan')).find((t) => t.participant === 'planning1b')!;
      const refused = await complete('planning1b', own.taskId, {
        decision: 'approve',
        comment: '同意',
        inDepartmentName: true,
      }).expect(403);
      expect(refused.body.error.code).toBe('CHIEF_REPRESENTATIVE_ONLY');
      expect(await openTasks(id, 'plan')).toHaveLength(5);
      // Nor may the chief representative speak for another department.
      const fire = (await openTasks(id, 'fire'))[0];
      await complete('planning1', fire.taskId, { decision: 'approve', inDepartmentName: true }).expect(403);
      await complete('planning1', fire.taskId, { decision: 'approve' }).expect(403);
    });
  });

  describe('牵头部门汇总', () => {
    it("after every branch, the lead department's task shows each branch's decision and decides the item", async () => {
      const id = await accepted('consolidate-demo');
      const decide = async (nodeId: string, who: string, decision: string, comment: string) => {
        const [task] = await openTasks(id, nodeId);
        await complete(who, task.taskId, { decision, comment }).expect(200);
      };
      await decide('plan', 'planning1b', 'approve', '符合规划');
      await decide('fire', 'fire1', 'reject', '消防通道不足');
      expect(await openTasks(id, 'join')).toEqual([]);
      await decide('env', 'env1', 'approve', '环评通过');

      const [consolidation] = await openTasks(id, 'join');
      expect(consolidation).toMatchObject({ department: 'planning', candidateRoles: ['reviewer'] });
      expect(consolidation.opinions).toEqual([
        expect.objectContaining({
          nodeId: 'plan',
          department: 'planning',
          decision: 'approve',
          comment: '符合规划',
          actor: 'planning1b',
        }),
        expect.objectContaining({
          nodeId: 'fire',
          department: 'fire',
          decision: 'reject',
          comment: '消防通道不足',
          actor: 'fire1',
        }),
        expect.objectContaining({
          nodeId: 'env',
          department: 'environment',
          decision: 'approve',
          comment: '环评通过',
          actor: 'env1',
        }),
      ]);
      // The co-departments may not consolidate.
      await complete('fire1', consolidation.taskId, { decision: 'approve', comment: '同意' }).expect(403);
      await complete('planning1b', consolidation.taskId, { decision: 'reject', comment: '消防意见不可克服' }).expect(
        200,
      );
      expect((await alice.get(`/api/applications/${id}`).expect(200)).body.status).toBe('rejected');
    });
  });
});
