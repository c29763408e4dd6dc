import { loginAs, type Session, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const INSTANT = ['C01', 'C02', 'C03', 'C04', 'C05'];

describe('好差评: POST /api/ratings, complaints and their ledger rows', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let window1: Session;
  let super1: Session;

  beforeAll(async () => {
    delete process.env.COMPLAINT_DAYS;
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, alice, bob, window1, super1] = await Promise.all(
      ['admin', 'alice', 'bob', 'window1', 'super1'].map((name) => loginAs(server, name)),
    );
  });
  afterAll(async () => {
    delete process.env.COMPLAINT_DAYS;
    await server.close();
  });

  async function decided(session: Session) {
    const submitted = await session
      .post('/api/applications', {
        itemCode: 'instant',
        channel: 'online',
        materials: INSTANT.map((code) => ({ code })),
        data: {},
      })
      .expect(201);
    await window1.post(`/api/applications/${submitted.body.id}/accept`).expect(200);
    return submitted.body.id as string;
  }

  it('takes one rating per decided item; 4–5 stars open no complaint; a second rating is 409 ALREADY_RATED', async () => {
    const id = await decided(alice);
    const rated = await alice.post('/api/ratings', { applicationId: id, score: 5, tags: ['办事效率高'] }).expect(201);
    expect(rated.body).toMatchObject({
      applicationId: id,
      score: 5,
      label: '非常满意',
      tags: ['办事效率高'],
      complaint: null,
    });
    const twice = await alice.post('/api/ratings', { applicationId: id, score: 1 }).expect(409);
    expect(twice.body).toEqual({ error: { code: 'ALREADY_RATED', message: expect.any(String) } });
    expect((await alice.get(`/api/applications/${id}/rating`).expect(200)).body.rating.score).toBe(5);
  });

  it('refuses a rating before the item is decided (409 NOT_COMPLETED)', async () => {
    const running = await alice
      .post('/api/applications', {
        itemCode: 'one-time-notice',
        channel: 'online',
        materials: [{ code: 'F01' }],
        data: {},
      })
      .expect(201);
    const early = await alice.post('/api/ratings', { applicationId: running.body.id, score: 3 }).expect(409);
    expect(early.body.error.code).toBe('NOT_COMPLETED');
    expect((await alice.get(`/api/applications/${running.body.id}/rating`).expect(200)).body.rating).toBeNull();
  });

  it('turns a rating of 2 into a complaint due 5 working days later, on the ledger with an owner', async () => {
    const id = await decided(alice);
    const rated = await alice
      .post('/api/ratings', { applicationId: id, score: 2, tags: ['多次跑动'], comment: '窗口让我跑了两次' })
      .expect(201);
    // Rated Mon 9/28: 9/29, 9/30, then National Day, 10/8, 10/9 and the make-up workday Sat 10/10.
    expect(rated.body.complaint).toMatchObject({ dueDate: '2026-10-10', owner: 'window1', answered: false });
    const ledger = await super1.get('/api/supervision/ledger').expect(200);
    const row = ledger.body.find((entry: { id: string }) => entry.id === rated.body.complaint.entryId);
    expect(row).toMatchObject({
      kind: 'complaint',
      applicationId: id,
      owner: 'window1',
      officer: 'window1',
      dueDate: '2026-10-10',
      closedAt: null,
    });
    expect(row.note).toContain('多次跑动');
  });

  it('uses COMPLAINT_DAYS, then the center setting an admin puts, for the answer limit', async () => {
    process.env.COMPLAINT_DAYS = '15';
    expect((await window1.get('/api/ratings/settings').expect(200)).body).toEqual({ complaintDays: 15, source: 'env' });
    const put = await admin.put('/api/ratings/settings', { complaintDays: 7 }).expect(200);
    expect(put.body).toEqual({ complaintDays: 7, source: 'center' });
    const id = await decided(bob);
    const rated = await bob.post('/api/ratings', { applicationId: id, score: 1 }).expect(201);
    // 7 working days from Mon 9/28: 9/29, 9/30, 10/8, 10/9, 10/10, 10/12, 10/13.
    expect(rated.body.complaint.dueDate).toBe('2026-10-13');
    await window1.put('/api/ratings/settings', { complaintDays: 3 }).expect(403);
    expect((await admin.put('/api/ratings/settings', { complaintDays: 0 }).expect(400)).body.error.code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('rejects bad input with 400 VALIDATION_FAILED', async () => {
    const id = await decided(alice);
    for (const body of [
      { applicationId: id, score: 0 },
      { applicationId: id, score: 6 },
      { applicationId: id, score: 2.5 },
      { score: 3 },
      { applicationId: id },
    ]) {
      const response = await alice.post('/api/ratings', body).expect(400);
      expect(response.body.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.any(String),
        details: expect.any(Array),
      });
    }
  });

  it("hides another applicant's item (404) and lets only applicants rate (403)", async () => {
    const id = await decided(alice);
    expect((await bob.post('/api/ratings', { applicationId: id, score: 1 }).expect(404)).body.error.code).toBe(
      'APPLICATION_NOT_FOUND',
    );
    await bob.get(`/api/applications/${id}/rating`).expect(404);
    await window1.post('/api/ratings', { applicationId: id, score: 5 }).expect(403);
    await server.http.post('/api/ratings').send({ applicationId: id, score: 5 }).expect(401);
  });

  it('lists complaints to their applicant and to the center, and answering one closes its ledger row', async () => {
    const mine = (await alice.get('/api/complaints').expect(200)).body;
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.every((complaint: { applicant: string }) => complaint.applicant === 'alice')).toBe(true);
    const center = (await window1.get('/api/complaints').expect(200)).body;
    expect(center.map((c: { applicant: string }) => c.applicant).sort()).toEqual(['alice', 'bob']);

    const target = mine[0];
    expect((await window1.post(`/api/complaints/${target.id}/answer`, { note: ' ' }).expect(400)).body.error.code).toBe(
      'VALIDATION_FAILED',
    );
    const answered = await window1
      .post(`/api/complaints/${target.id}/answer`, { note: '已约谈窗口人员并整改，回访申请人满意' })
      .expect(200);
    expect(answered.body.complaint).toMatchObject({
      answered: true,
      answer: '已约谈窗口人员并整改，回访申请人满意',
      answeredBy: 'window1',
    });
    const again = await window1.post(`/api/complaints/${target.id}/answer`, { note: '再次答复' }).expect(409);
    expect(again.body.error.code).toBe('COMPLAINT_ANSWERED');

    const ledger = (await super1.get('/api/supervision/ledger').expect(200)).body;
    const row = ledger.find((entry: { id: string }) => entry.id === target.complaint.entryId);
    expect(row).toMatchObject({ closedBy: 'window1', closeNote: '已约谈窗口人员并整改，回访申请人满意' });
    expect(row.closedAt).not.toBeNull();

    await alice.post(`/api/complaints/${target.id}/answer`, { note: '自己答复' }).expect(403);
    expect(
      (await window1.post('/api/complaints/00000000-0000-4000-8000-000000000000/answer', { note: '答复' }).expect(404))
        .body.error.code,
    ).toBe('COMPLAINT_NOT_FOUND');
  });
});
