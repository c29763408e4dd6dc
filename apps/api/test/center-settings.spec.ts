import { loginAs, type Session, shanghai } from './utils/session';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './utils/test-app';

describe('中心设置: GET/PUT /api/centers/{id}/settings', () => {
  let server: TestApp;
  let admin: Session;
  let window1: Session;
  let alice: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, window1, alice] = await Promise.all(['admin', 'window1', 'alice'].map((name) => loginAs(server, name)));
  });
  afterAll(() => server.close());

  const centerOf = async (session: Session) => (await session.get('/api/auth/me').expect(200)).body.centerId as string;

  it('answers the defaults where the center set nothing', async () => {
    const center = await centerOf(admin);
    const { body } = await window1.get(`/api/centers/${center}/settings`).expect(200);
    expect(body).toEqual({
      centerId: center,
      policy: { supplementDays: 20, deemedAcceptanceDays: 5, extensionMaxDays: 10, warnAtRemainingDays: 2 },
      set: {},
    });
  });

  it('an admin sets fields, null returns one to its default, bad input is 400 and changes nothing', async () => {
    const center = await centerOf(admin);
    const url = `/api/centers/${center}/settings`;
    await admin.put(url, { supplementDays: 15, deemedAcceptance: false }).expect(200);
    await admin.put(url, { supplementDays: 0 }).expect(400);
    await admin.put(url, { colour: 'red' }).expect(400);
    const { body } = await admin.put(url, { extensionMaxDays: 5 }).expect(200);
    expect(body.policy).toEqual({
      supplementDays: 15,
      deemedAcceptanceDays: null,
      extensionMaxDays: 5,
      warnAtRemainingDays: 2,
    });
    const reset = await admin
      .put(url, { supplementDays: null, deemedAcceptance: true, extensionMaxDays: null })
      .expect(200);
    expect(reset.body).toMatchObject({
      policy: { supplementDays: 20, deemedAcceptanceDays: 5, extensionMaxDays: 10 },
      set: {},
    });
  });

  it('only an admin of the center changes them; applicants do not read them; another center’s are not found', async () => {
    const center = await centerOf(admin);
    await window1.put(`/api/centers/${center}/settings`, { supplementDays: 10 }).expect(403);
    await alice.get(`/api/centers/${center}/settings`).expect(403);
    await admin.get(`/api/centers/some-other-center/settings`).expect(404);
    await admin.put(`/api/centers/some-other-center/settings`, { supplementDays: 10 }).expect(404);
  });

  it('an item keeps the settings in force when it was submitted', async () => {
    const center = await centerOf(admin);
    await admin.put(`/api/centers/${center}/settings`, { supplementDays: 12 }).expect(200);
    const submitted = await alice
      .post('/api/applications', {
        itemCode: 'one-time-notice',
        channel: 'online',
        materials: [{ code: 'F01' }],
        data: {},
      })
      .expect(201);
    await admin.put(`/api/centers/${center}/settings`, { supplementDays: null }).expect(200);
    const row = await server.app
      .get(DataSource)
      .query(`SELECT snapshot FROM process_instance WHERE application_id = $1`, [submitted.body.id]);
    expect(row[0].snapshot.context.policy).toEqual({
      supplementDays: 12,
      deemedAcceptanceDays: 5,
      extensionMaxDays: 10,
      warnAtRemainingDays: 2,
    });
  });
});
