import { loginAs, openTask, type Session, setClock, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/** A server on the manual clock from 2026-09-01 (it never goes back, so each describe gets its own). */
async function manualClockServer() {
  const server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-01') });
  const [admin, window1, alice] = await Promise.all(['admin', 'window1', 'alice'].map((name) => loginAs(server, name)));
  return { server, admin, window1, alice };
}

// The three seed scenarios end to end, on the manual clock with exact 2026 dates.
describe('seed scenarios on the manual clock', () => {
  let server: TestApp;
  let admin: Session;
  let window1: Session;
  let alice: Session;

  beforeAll(async () => {
    ({ server, admin, window1, alice } = await manualClockServer());
  });
  afterAll(() => server.close());

  it('parallel review: a department lets its 3 working days lapse and is deemed to approve', async () => {
    await setClock(admin, shanghai('2026-09-28'));
    const id = await submitAs(alice, 'parallel-review', ['M01', 'M02', 'M03']);
    await window1.post(`/api/applications/${id}/accept`).expect(200);

    const planning1 = await loginAs(server, 'planning1');
    const fire1 = await loginAs(server, 'fire1');
    await planning1
      .post(`/api/tasks/${(await openTask(planning1, id, 'plan')).id}/complete`, {
        decision: 'approve',
        comment: '符合规划',
      })
      .expect(200);
    await fire1
      .post(`/api/tasks/${(await openTask(fire1, id, 'fire')).id}/complete`, {
        decision: 'approve',
        comment: '消防合格',
      })
      .expect(200);

    // Entered Mon 9/28; 3 working days: 9/29, 9/30, then 10/1–10/7 are National Day, so 10/8 is the third.
    await setClock(admin, shanghai('2026-10-08', '23:00'));
    let view = await alice.get(`/api/applications/${id}`).expect(200);
    expect(view.body.status).toBe('in-review');
    expect(view.body.currentNodes).toContain('env');

    await setClock(admin, shanghai('2026-10-09', '08:00'));
    view = await alice.get(`/api/applications/${id}`).expect(200);
    expect(view.body.status).toBe('approved');

    const supervisor = await loginAs(server, 'super1');
    const overview = await supervisor.get('/api/supervision/overview').expect(200);
    const tacit = overview.body.tacitApprovals.filter((entry: { applicationId: string }) => entry.applicationId === id);
    expect(tacit).toHaveLength(1);
    expect(tacit[0]).toMatchObject({ department: 'environment', nodeId: 'env' });
    expect(new Date(tacit[0].at).toISOString()).toBe('2026-10-08T15:59:59.999Z');

    const events = await supervisor.get(`/api/applications/${id}/events`).expect(200);
    expect(events.body.map((event: { command: string }) => event.command)).toEqual([
      'submit',
      'accept',
      'complete',
      'complete',
      'timer',
    ]);
  });

  it('one-time notice: a second notice is refused; the supplement restarts the clock the day after', async () => {
    await setClock(admin, shanghai('2026-10-12'));
    const id = await submitAs(alice, 'one-time-notice', ['F01', 'F02']);
    const notice = await window1
      .post(`/api/applications/${id}/notify-missing`, { missing: ['F03', 'F04'], note: '请一次补齐' })
      .expect(200);
    expect(notice.body.status).toBe('awaiting-supplement');
    expect(notice.body.missingMaterials).toEqual(expect.arrayContaining(['F03', 'F04']));
    expect(notice.body.firstInquiryOfficer).toBe('window1');

    const second = await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F05'] });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('MISSING_MATERIALS_ALREADY_NOTIFIED');

    await setClock(admin, shanghai('2026-10-14', '10:00'));
    await alice
      .post(`/api/applications/${id}/supplement`, { materials: [{ code: 'F03' }, { code: 'F04' }] })
      .expect(200);
    const accepted = await window1.post(`/api/applications/${id}/accept`).expect(200);
    expect(accepted.body.status).toBe('in-review');
    // Accepted Wed 10/14: day one of the clock is Thu 10/15; 7 promised working days end on Fri 10/23.
    expect(accepted.body.deadline).toBe('2026-10-23T15:59:59.999Z');
  });
});

describe('time-limited completion on its own manual clock', () => {
  let server: TestApp;
  let admin: Session;
  let window1: Session;
  let alice: Session;

  beforeAll(async () => {
    ({ server, admin, window1, alice } = await manualClockServer());
  });
  afterAll(() => server.close());

  it('time limit: 20 working days from 9/24 end on 10/29; a pause of 10/12–10/16 moves it to 11/05; cards turn on the right days', async () => {
    await admin
      .post('/api/catalog', {
        code: 'time-limit-demo',
        name: '限时办结演示事项',
        department: 'fire',
        legalBasis: '《中华人民共和国行政许可法》第四十二条',
        materials: [{ code: 'F01', name: '申请书', required: true }],
        flowKey: 'one-time-notice',
        statutoryDays: 20,
        promisedDays: 20,
        fees: '不收费',
        windowAuthority: '消防窗口',
      })
      .expect(201);
    await setClock(admin, shanghai('2026-09-24'));
    const id = await submitAs(alice, 'time-limit-demo', ['F01', 'F02', 'F03', 'F04', 'F05']);
    const accepted = await window1.post(`/api/applications/${id}/accept`).expect(200);
    expect(accepted.body.deadline).toBe('2026-10-29T15:59:59.999Z');

    await setClock(admin, shanghai('2026-10-12'));
    await window1
      .post(`/api/applications/${id}/pause`, { reason: '专家评审', kind: 'expert-review', expectedDays: 10 })
      .expect(200);
    await setClock(admin, shanghai('2026-10-16', '17:00'));
    let view = await alice.get(`/api/applications/${id}`).expect(200);
    expect(view.body.clockPaused).toBe(true);
    await setClock(admin, shanghai('2026-10-17'));
    await window1.post(`/api/applications/${id}/resume`).expect(200);
    view = await alice.get(`/api/applications/${id}`).expect(200);
    expect(view.body.deadline).toBe('2026-11-05T15:59:59.999Z');

    await setClock(admin, shanghai('2026-11-04', '18:00'));
    expect((await alice.get(`/api/applications/${id}`)).body.warning).toBe('green');
    await setClock(admin, shanghai('2026-11-05', '00:00'));
    expect((await alice.get(`/api/applications/${id}`)).body.warning).toBe('yellow');
    await setClock(admin, shanghai('2026-11-06', '00:00'));
    view = await alice.get(`/api/applications/${id}`).expect(200);
    expect(view.body.warning).toBe('red');

    const supervisor = await loginAs(server, 'super1');
    const ledger = await supervisor.get('/api/supervision/ledger').expect(200);
    expect(
      ledger.body.some(
        (entry: { applicationId: string; kind: string }) => entry.applicationId === id && entry.kind === 'overdue-item',
      ),
    ).toBe(true);
  });
});
