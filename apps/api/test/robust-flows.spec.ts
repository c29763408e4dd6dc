import { DataSource } from 'typeorm';
import { loginAs, type Session, setClock, shanghai, submitAs } from './utils/session';
import { secondApp, startTestApp, type TestApp } from './utils/test-app';

/**
 * Accepted, the item goes to `c1`; while `data.loop` holds, `c1` and `c2` send it to each other for ever.
 * Validation refuses this flow (AUTOMATIC_CYCLE), so the spec stores it as published directly, as a flow
 * published before the rule would be.
 */
const endless = {
  key: 'endless-loop',
  name: '自动节点循环',
  timeLimit: { statutoryDays: 20, promisedDays: 10 },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'accept',
      type: 'acceptance',
      materials: [{ code: 'L01', name: '申请表', required: true }],
      timeLimit: { days: 1 },
      onTimeout: 'tacit-approve',
    },
    { id: 'c1', type: 'condition' },
    { id: 'c2', type: 'condition' },
    { id: 'review', type: 'review', department: 'planning', assignees: { roles: ['reviewer'], users: [] } },
    { id: 'ok', type: 'end', outcome: 'approved' },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'accept' },
    { id: 'e2', source: 'accept', target: 'c1', on: 'accept' },
    { id: 'e3', source: 'c1', target: 'c2', when: 'data.loop = true' },
    { id: 'e4', source: 'c1', target: 'review', default: true },
    { id: 'e5', source: 'c2', target: 'c1', when: 'data.loop = true' },
    { id: 'e6', source: 'c2', target: 'review', default: true },
    { id: 'e7', source: 'review', target: 'ok', on: 'approve' },
  ],
};

describe('a published flow whose step would never end', () => {
  let server: TestApp;
  let db: DataSource;
  let admin: Session;
  let window1: Session;
  let alice: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-11-02') });
    db = server.app.get(DataSource);
    [admin, window1, alice] = await Promise.all(['admin', 'window1', 'alice'].map((name) => loginAs(server, name)));
    await db.query(
      `INSERT INTO flow_definition (key, version, status, name, definition, checksum, published_at)
       VALUES ($1, 1, 'published', $2, $3, 'stored-directly', now())`,
      [endless.key, endless.name, JSON.stringify(endless)],
    );
    await admin
      .post('/api/catalog', {
        code: 'endless-loop',
        name: '循环事项',
        department: '自然资源和规划局',
        legalBasis: '《中华人民共和国行政许可法》',
        flowKey: endless.key,
        statutoryDays: 20,
        promisedDays: 10,
      })
      .expect(201);
  });
  afterAll(() => server.close());

  const events = async (id: string) =>
    Number((await db.query(`SELECT count(*) AS n FROM instance_event WHERE application_id = $1`, [id]))[0].n);

  it('validation refuses it', async () => {
    const { body } = await admin.post('/api/definitions/validate', endless).expect(200);
    expect(body.valid).toBe(false);
    expect(body.errors.map((e: { code: string; nodeId?: string }) => [e.code, e.nodeId])).toEqual([
      ['AUTOMATIC_CYCLE', 'c1'],
      ['AUTOMATIC_CYCLE', 'c2'],
    ]);
  });

  it('an accept that would loop answers 409 STEP_DOES_NOT_TERMINATE and writes nothing', async () => {
    const id = await submitAs(alice, 'endless-loop', ['L01'], { loop: true });
    const refused = await window1.post(`/api/applications/${id}/accept`).expect(409);
    expect(refused.body.error.code).toBe('STEP_DOES_NOT_TERMINATE');
    expect(refused.body.error.message).toMatch(/无限循环/);
    expect(await events(id)).toBe(1);
    expect((await alice.get(`/api/applications/${id}`).expect(200)).body.status).toBe('submitted');
  });

  it('the same flow with data that leaves the loop is accepted', async () => {
    const id = await submitAs(alice, 'endless-loop', ['L01'], { loop: false });
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    expect((await alice.get(`/api/applications/${id}`).expect(200)).body.currentNodes).toEqual(['review']);
  });

  it('a timer leading into the loop is set aside; the sweep goes on and fires the next timer', async () => {
    const looping = await submitAs(alice, 'endless-loop', ['L01'], { loop: true });
    const leaving = await submitAs(alice, 'endless-loop', ['L01'], { loop: false });
    // Both acceptance limits (1 working day from Mon 11-02) end on Tue 11-03; the clock passes them.
    await setClock(admin, shanghai('2026-11-04'));
    const timers = await db.query(
      `SELECT application_id AS id, status FROM timer WHERE application_id = ANY($1) AND due_at < $2`,
      [[looping, leaving], shanghai('2026-11-04')],
    );
    expect(Object.fromEntries(timers.map((t: { id: string; status: string }) => [t.id, t.status]))).toEqual({
      [looping]: 'cancelled',
      [leaving]: 'fired',
    });
    expect(await events(looping)).toBe(1);
    expect((await alice.get(`/api/applications/${leaving}`).expect(200)).body.currentNodes).toEqual(['review']);
  });

  it('a process starting after such a timer fell due sets it aside and comes up', async () => {
    const looping = await submitAs(alice, 'endless-loop', ['L01'], { loop: true });
    const [timer] = await db.query(`SELECT id, due_at FROM timer WHERE application_id = $1`, [looping]);
    // A second API process whose clock is past the due date fires due timers at start-up.
    const started = await secondApp(server, { CLOCK: 'manual', CLOCK_START: shanghai('2026-11-09') });
    await started.close();
    const [after] = await db.query(`SELECT status FROM timer WHERE id = $1`, [timer.id]);
    expect(after.status).toBe('cancelled');
    expect(await events(looping)).toBe(1);
  });
});

describe('a condition over a huge list in the form', () => {
  let server: TestApp;
  let db: DataSource;
  let window1: Session;
  let alice: Session;

  /** Accepted, the item goes to the committee when some room is over 100 m², else straight to the end. */
  const rooms = {
    key: 'room-check',
    name: '房间面积检查',
    timeLimit: { statutoryDays: 20, promisedDays: 10 },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'accept', type: 'acceptance', materials: [{ code: 'R01', name: '申请表', required: true }] },
      { id: 'check', type: 'condition' },
      { id: 'committee', type: 'review', department: 'planning', assignees: { roles: ['reviewer'], users: [] } },
      { id: 'ok', type: 'end', outcome: 'approved' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'accept' },
      { id: 'e2', source: 'accept', target: 'check', on: 'accept' },
      { id: 'e3', source: 'check', target: 'committee', when: 'some x in data.rooms satisfies x > 100' },
      { id: 'e4', source: 'check', target: 'ok', default: true },
      { id: 'e5', source: 'committee', target: 'ok', on: 'approve' },
    ],
  };

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-11-02') });
    db = server.app.get(DataSource);
    const admin = await loginAs(server, 'admin');
    [window1, alice] = await Promise.all(['window1', 'alice'].map((name) => loginAs(server, name)));
    await admin.post('/api/definitions', rooms).expect(201);
    await admin.post(`/api/definitions/${rooms.key}/publish`).expect(200);
    await admin
      .post('/api/catalog', {
        code: 'room-check',
        name: '房间面积检查',
        department: '自然资源和规划局',
        legalBasis: '《中华人民共和国行政许可法》',
        flowKey: rooms.key,
        statutoryDays: 20,
        promisedDays: 10,
      })
      .expect(201);
  });
  afterAll(() => server.close());

  it('an accept whose condition would loop over 5,000 rooms answers 409 CONDITION_BUDGET_EXCEEDED; 50 rooms pass', async () => {
    const huge = await submitAs(alice, 'room-check', ['R01'], { rooms: Array.from({ length: 5_000 }, () => 20) });
    const refused = await window1.post(`/api/applications/${huge}/accept`).expect(409);
    expect(refused.body.error.code).toBe('CONDITION_BUDGET_EXCEEDED');
    expect(refused.body.error.message).toMatch(/超过上限/);
    const events = await db.query(`SELECT count(*)::int AS n FROM instance_event WHERE application_id = $1`, [huge]);
    expect(events[0].n).toBe(1);

    const small = await submitAs(alice, 'room-check', ['R01'], {
      rooms: [...Array.from({ length: 49 }, () => 20), 120],
    });
    await window1.post(`/api/applications/${small}/accept`).expect(200);
    expect((await alice.get(`/api/applications/${small}`).expect(200)).body.currentNodes).toEqual(['committee']);
  });
});
