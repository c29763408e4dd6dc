import { loginAs, openTask, type Session, setClock, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

// November 2026 has no holidays: from Mon 11-02 the 5th working day is Mon 11-09, the 20th Mon 11-30.
const END_OF = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

describe('一次性告知 and intake (issue 14)', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let window1: Session;
  let planning1: Session;
  let super1: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-11-02') });
    [admin, alice, window1, planning1, super1] = await Promise.all(
      ['admin', 'alice', 'window1', 'planning1', 'super1'].map((name) => loginAs(server, name)),
    );
  });
  afterAll(() => server.close());

  const view = async (id: string) => (await alice.get(`/api/applications/${id}`).expect(200)).body;
  const ledgerOf = async (id: string) =>
    ((await super1.get('/api/supervision/ledger').expect(200)).body as { applicationId: string }[]).filter(
      (row) => row.applicationId === id,
    );

  it('refuses a notice that leaves out an owed material with 422 naming it; the complete one carries a deadline', async () => {
    const id = await submitAs(alice, 'one-time-notice', ['F01']);
    const partial = await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F02'] }).expect(422);
    expect(partial.body.error).toMatchObject({ code: 'NOTICE_INCOMPLETE', details: { missing: ['F03', 'F04'] } });
    expect((await view(id)).version).toBe(1);

    const notified = await window1
      .post(`/api/applications/${id}/notify-missing`, { missing: ['F02', 'F03', 'F04'] })
      .expect(200);
    expect(notified.body).toMatchObject({
      status: 'awaiting-supplement',
      missingMaterials: ['F02', 'F03', 'F04'],
      supplementDeadline: END_OF('2026-11-30'),
      acceptedAt: null,
      deemedAcceptanceAt: null,
    });
  });

  it('a forced second notice adds to the open list; accept refuses until all of it is supplied', async () => {
    const id = await submitAs(alice, 'one-time-notice', ['F01', 'F02']);
    await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F03', 'F04'] }).expect(200);
    const forced = await window1
      .post(`/api/applications/${id}/notify-missing`, { missing: ['F05'], force: true })
      .expect(200);
    expect(forced.body.missingMaterials).toEqual(['F03', 'F04', 'F05']);
    await alice
      .post(`/api/applications/${id}/supplement`, { materials: [{ code: 'F03' }, { code: 'F04' }] })
      .expect(200);
    const early = await window1.post(`/api/applications/${id}/accept`).expect(409);
    expect(early.body.error.code).toBe('MATERIALS_INCOMPLETE');
    await alice.post(`/api/applications/${id}/supplement`, { materials: [{ code: 'F05' }] }).expect(200);
    expect((await window1.post(`/api/applications/${id}/accept`).expect(200)).body.status).toBe('in-review');
  });

  it('lets an applicant supplement during a supplement pause, which resumes the clock', async () => {
    await setClock(admin, shanghai('2026-11-03'));
    const id = await submitAs(alice, 'parallel-review', ['M01', 'M02', 'M03']);
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    await window1.post(`/api/applications/${id}/pause`, { kind: 'supplement', reason: '补正现场照片' }).expect(200);
    const supplied = await alice
      .post(`/api/applications/${id}/supplement`, { materials: [{ code: 'M01' }] })
      .expect(200);
    expect(supplied.body).toMatchObject({ status: 'in-review', clockPaused: false });
    expect(supplied.body.timeline.slice(-2).map((e: { action: string }) => e.action)).toEqual(['supplement', 'resume']);
  });

  it('past the supplement deadline the item ends withdrawn by the system', async () => {
    await setClock(admin, shanghai('2026-11-04'));
    const id = await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03']);
    const notice = await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F04'] }).expect(200);
    // Wed 11-04 + 20 working days: 5, 6, 9–13, 16–20, 23–27, 30, 12-01, 12-02.
    expect(notice.body.supplementDeadline).toBe(END_OF('2026-12-02'));
    await setClock(admin, shanghai('2026-12-02', '23:00'));
    expect((await view(id)).status).toBe('awaiting-supplement');
    await setClock(admin, shanghai('2026-12-03'));
    const lapsed = await view(id);
    expect(lapsed).toMatchObject({ status: 'withdrawn', supplementDeadline: null });
    expect(lapsed.timeline.at(-1)).toMatchObject({
      actor: 'system',
      action: 'withdraw',
      note: expect.stringContaining('视为撤回'),
    });
  });

  it('§32: neither accepted nor noticed in 5 working days, the item counts as accepted from receipt', async () => {
    await setClock(admin, shanghai('2026-12-07'));
    const id = await submitAs(alice, 'one-time-notice', ['F01', 'F02']);
    expect((await view(id)).deemedAcceptanceAt).toBe(END_OF('2026-12-14'));
    await setClock(admin, shanghai('2026-12-14', '23:00'));
    expect((await view(id)).status).toBe('submitted');
    await setClock(admin, shanghai('2026-12-15'));
    const deemed = await view(id);
    expect(deemed).toMatchObject({
      status: 'in-review',
      acceptedAt: new Date(shanghai('2026-12-07')).toISOString(),
      missingMaterials: ['F03', 'F04'],
      // 7 promised working days from the day after receipt (Mon 12-07): 8–11, 14–16.
      deadline: END_OF('2026-12-16'),
    });
    expect(deemed.timeline.at(-1)).toMatchObject({ actor: 'system', action: 'deemed-accept' });
    // The acceptance step's own 1-day limit lapsed first (overdue-step); §32 then accepted it.
    expect(await ledgerOf(id)).toEqual([
      expect.objectContaining({ kind: 'deemed-accepted', department: 'center', officer: null, nodeId: 'accept' }),
      expect.objectContaining({ kind: 'overdue-step', nodeId: 'accept' }),
    ]);
  });

  it('after a return to acceptance a notice pauses the item clock; the complete supplement resumes it', async () => {
    await setClock(admin, shanghai('2026-12-15', '09:30'));
    const flow = {
      key: 'return-to-window',
      name: '退回补正演示',
      timeLimit: { statutoryDays: 10, promisedDays: 5 },
      nodes: [
        { id: 'start', type: 'start' },
        {
          id: 'accept',
          type: 'acceptance',
          department: 'center',
          materials: [
            { code: 'A1', name: '申请表', required: true },
            { code: 'B1', name: '现场照片', required: false },
          ],
        },
        {
          id: 'check',
          type: 'review',
          department: 'planning',
          assignees: { roles: ['reviewer'], users: [] },
          mode: 'any',
        },
        { id: 'ok', type: 'end', outcome: 'approved' },
        { id: 'no', type: 'end', outcome: 'rejected' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'accept' },
        { id: 'e2', source: 'accept', target: 'check', on: 'accept' },
        { id: 'e3', source: 'accept', target: 'no', on: 'reject' },
        { id: 'e4', source: 'check', target: 'ok', on: 'approve' },
        { id: 'e5', source: 'check', target: 'no', on: 'reject' },
        { id: 'e6', source: 'check', target: 'accept', on: 'return' },
      ],
    };
    await admin.post('/api/definitions', flow).expect(201);
    await admin.post('/api/definitions/return-to-window/publish').expect(200);
    await admin
      .post('/api/catalog', {
        code: 'return-to-window',
        name: '退回补正演示',
        department: '自然资源和规划局',
        legalBasis: '《中华人民共和国行政许可法》第三十二条',
        flowKey: 'return-to-window',
        statutoryDays: 10,
        promisedDays: 5,
        fees: '不收费',
        windowAuthority: '综合窗口',
      })
      .expect(201);
    const id = await submitAs(alice, 'return-to-window', ['A1']);
    await setClock(admin, shanghai('2026-12-15', '10:00'));
    // Accepted Tue 12-15, 5 working days: 16, 17, 18, 21, 22.
    expect((await window1.post(`/api/applications/${id}/accept`).expect(200)).body.deadline).toBe(END_OF('2026-12-22'));
    await setClock(admin, shanghai('2026-12-16', '10:00'));
    const task = await openTask(planning1, id, 'check');
    await planning1.post(`/api/tasks/${task.id}/complete`, { decision: 'return', comment: '请补现场照片' }).expect(200);
    const notice = await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['B1'] }).expect(200);
    expect(notice.body).toMatchObject({ status: 'awaiting-supplement', clockPaused: true });
    await setClock(admin, shanghai('2026-12-21', '10:00'));
    const supplied = await alice
      .post(`/api/applications/${id}/supplement`, { materials: [{ code: 'B1' }] })
      .expect(200);
    // Paused Wed 12-16 … Mon 12-21 (working days 16, 17, 18, 21): the deadline moves from 12-22 to Mon 12-28.
    expect(supplied.body).toMatchObject({ status: 'submitted', clockPaused: false, deadline: END_OF('2026-12-28') });
    expect((await window1.post(`/api/applications/${id}/accept`).expect(200)).body.status).toBe('in-review');
  });

  it('window intake: the officer is the first-inquiry owner and the submit’s actor; a walk-in is kept', async () => {
    const forAlice = await window1
      .post('/api/applications', {
        itemCode: 'one-time-notice',
        channel: 'window',
        materials: [{ code: 'F01' }],
        applicant: 'alice',
      })
      .expect(201);
    const mine = await view(forAlice.body.id);
    expect(mine).toMatchObject({ applicant: 'alice', firstInquiryOfficer: 'window1', walkIn: null });
    expect(mine.timeline[0]).toMatchObject({ actor: 'window1', action: 'submit' });
    // The log's submit carries what the engine started from beyond the request, so that it replays.
    const [submit] = (await window1.get(`/api/applications/${forAlice.body.id}/events`).expect(200)).body;
    expect(submit).toMatchObject({ actor: 'window1', command: 'submit' });
    expect(submit.payload.start).toMatchObject({
      applicant: 'alice',
      intakeOfficer: 'window1',
      requiredMaterials: ['F01', 'F02', 'F03', 'F04'],
      policy: { supplementDays: 20, deemedAcceptanceDays: 5 },
    });

    const walkIn = { name: '张三', idNumber: '11010119900307123X', phone: '13800000000' };
    const walkedIn = await window1
      .post('/api/applications', { itemCode: 'one-time-notice', channel: 'mail', materials: [], applicant: walkIn })
      .expect(201);
    const staffView = (await window1.get(`/api/applications/${walkedIn.body.id}`).expect(200)).body;
    expect(staffView).toMatchObject({ walkIn, firstInquiryOfficer: 'window1', channel: 'mail' });
    await alice.get(`/api/applications/${walkedIn.body.id}`).expect(404);
  });

  it('window intake refuses an unknown account, a staff account and a malformed walk-in record with 400', async () => {
    const submit = (applicant: unknown) =>
      window1.post('/api/applications', { itemCode: 'instant', channel: 'window', materials: [], applicant });
    expect((await submit('nobody-here').expect(400)).body.error.code).toBe('UNKNOWN_APPLICANT');
    expect((await submit('planning1').expect(400)).body.error.code).toBe('UNKNOWN_APPLICANT');
    await submit({ name: '李四', idNumber: '123', phone: '13800000000' }).expect(400);
    await submit({ name: '李四', idNumber: '110101199003071234', phone: '13800000000', extra: 1 }).expect(400);
    await submit({ name: '', idNumber: '110101199003071234', phone: '13800000000' }).expect(400);
  });

  it('a refusal without a reason is 400 REASON_REQUIRED at the window and at review, and changes nothing', async () => {
    const atWindow = await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03', 'F04']);
    const refused = await window1.post(`/api/applications/${atWindow}/reject`, { reason: ' ' }).expect(400);
    expect(refused.body.error.code).toBe('REASON_REQUIRED');

    const id = await submitAs(alice, 'parallel-review', ['M01', 'M02', 'M03']);
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    const task = await openTask(planning1, id, 'plan');
    for (const body of [{ decision: 'reject' }, { decision: 'reject', comment: '  ' }]) {
      const answer = await planning1.post(`/api/tasks/${task.id}/complete`, body).expect(400);
      expect(answer.body.error.code).toBe('REASON_REQUIRED');
    }
    expect((await view(id)).status).toBe('in-review');
    await planning1.post(`/api/tasks/${task.id}/complete`, { decision: 'reject', comment: '用地性质不符' }).expect(200);
    expect((await view(id)).status).toBe('rejected');
  });
});
