import { centerSettingsSchema } from '@tongban/api-contract';
import { expectContract } from './utils/contract';
import { loginAs, type Session, shanghai } from './utils/session';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './utils/test-app';

describe('中心设置: GET/PUT /api/centers/{id}/settings', () => {
  let server: TestApp;
  let admin: Session;
  let window1: Session;
  let alice: Session;

  beforeAll(async () => {
    delete process.env.APPOINTMENT_CAPACITY;
    delete process.env.COMPLAINT_DAYS;
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
      service: {
        complaintDays: 5,
        appointmentCapacity: 2,
        officeHours: [
          { from: '09:00', to: '12:00' },
          { from: '13:30', to: '17:00' },
        ],
      },
      set: {},
    });
    expectContract(centerSettingsSchema, body);
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

  describe('issue 16: complaint days, office hours and appointment capacity; audit; scope', () => {
    const url = '/api/centers/demo-city/settings';
    const hours = [
      { from: '08:30', to: '10:00' },
      { from: '14:00', to: '15:00' },
    ];

    it('an admin sets the hall settings: the answer, the appointment slots and the audit log follow', async () => {
      const put = await admin.put(url, { complaintDays: 7, appointmentCapacity: 3, officeHours: hours }).expect(200);
      expect(expectContract(centerSettingsSchema, put.body)).toMatchObject({
        service: { complaintDays: 7, appointmentCapacity: 3, officeHours: hours },
        set: { complaintDays: 7, appointmentCapacity: 3, officeHours: hours },
      });
      const slots = (await server.http.get('/api/appointments/slots?itemCode=construction-permit').expect(200)).body;
      expect(slots.capacity).toBe(3);
      expect(slots.days[0].slots.map((slot: { slot: string }) => slot.slot)).toEqual([
        '08:30',
        '09:00',
        '09:30',
        '14:00',
        '14:30',
      ]);
      const [row] = await server.app
        .get(DataSource)
        .query(
          `SELECT actor, action, target, before, after FROM admin_audit WHERE action = 'settings.update' ORDER BY id DESC LIMIT 1`,
        );
      expect(row).toEqual({
        actor: 'admin',
        action: 'settings.update',
        target: 'demo-city',
        before: {},
        after: { complaintDays: 7, appointmentCapacity: 3, officeHours: hours },
      });
    });

    it('the ratings settings route answers the same stored complaint days, and writes them for the center settings', async () => {
      expect((await window1.get('/api/ratings/settings').expect(200)).body).toEqual({
        complaintDays: 7,
        source: 'center',
      });
      await admin.put('/api/ratings/settings', { complaintDays: 9 }).expect(200);
      expect((await admin.get(url).expect(200)).body.service.complaintDays).toBe(9);
      await admin.put(url, { complaintDays: null, appointmentCapacity: null, officeHours: null }).expect(200);
      expect((await window1.get('/api/ratings/settings').expect(200)).body).toEqual({
        complaintDays: 5,
        source: 'default',
      });
      const { body } = await admin.get(url).expect(200);
      expect(body.service).toEqual({
        complaintDays: 5,
        appointmentCapacity: 2,
        officeHours: [
          { from: '09:00', to: '12:00' },
          { from: '13:30', to: '17:00' },
        ],
      });
    });

    it('refuses bad hall settings with 400 and changes nothing', async () => {
      for (const body of [
        { officeHours: [{ from: '09:10', to: '12:00' }] },
        { officeHours: [{ from: '12:00', to: '09:00' }] },
        { officeHours: [] },
        { appointmentCapacity: 0 },
        { complaintDays: 61 },
      ]) {
        const response = await admin.put(url, body).expect(400);
        expect(response.body.error.code).toBe('VALIDATION_FAILED');
      }
      expect((await admin.get(url).expect(200)).body.set).toEqual({});
    });

    it('a city admin sets its county’s settings; a county admin may not read the city’s', async () => {
      const countyAdmin = await loginAs(server, 'county-admin');
      await admin.put('/api/centers/demo-county/settings', { appointmentCapacity: 4 }).expect(200);
      const county = (await countyAdmin.get('/api/centers/demo-county/settings').expect(200)).body;
      expect(county.service.appointmentCapacity).toBe(4);
      expect((await countyAdmin.get(url).expect(404)).body.error.code).toBe('CENTER_NOT_FOUND');
      await countyAdmin.put(url, { appointmentCapacity: 1 }).expect(404);
    });
  });
});
