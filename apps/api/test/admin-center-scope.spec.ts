import { channelSettingsSchema, deadLetterPageSchema } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { NotificationDispatcher, Outbox } from '../src/modules/notifications';
import { expectContract } from './utils/contract';
import { startWebhookServer } from './utils/mail-server';
import { loginAs, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

interface YearDay {
  date: string;
  workday: boolean;
  note: string;
  override: boolean;
}

/**
 * The city admin runs the county center's notification channels, dead letters and calendar overrides like its
 * own (`?center=` / the center in the path, checked against its scope); the county admin cannot reach the city's.
 */
describe('administration of a child center: channels, dead letters, calendar overrides (issue 16)', () => {
  let server: TestApp;
  let db: DataSource;
  let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
  let admin: Session;
  let countyAdmin: Session;

  beforeAll(async () => {
    hooks = await startWebhookServer();
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-03-02') });
    db = server.app.get(DataSource);
    [admin, countyAdmin] = await Promise.all([loginAs(server, 'admin'), loginAs(server, 'county-admin')]);
  });
  afterAll(async () => {
    await server.close();
    await hooks.close();
  });

  it('the city admin sets the county center’s SMS gateway and DingTalk robot; secrets stay unseen', async () => {
    await admin
      .put('/api/centers/demo-county/channels', {
        email: null,
        sms: { url: `${hooks.url}/county-sms`, token: 'county-secret-token' },
        dingtalk: { webhook: `${hooks.url}/county-ding?access_token=county-secret` },
        wecom: null,
      })
      .expect(200);
    const seen = (await countyAdmin.get('/api/centers/demo-county/channels').expect(200)).body;
    expectContract(channelSettingsSchema, seen);
    const host = new URL(hooks.url).host;
    expect(seen).toEqual({
      email: null,
      sms: { urlHost: host, tokenSet: true },
      dingtalk: { webhookHost: host },
      wecom: null,
    });
    expect((await admin.get('/api/centers/demo-county/channels').expect(200)).body).toEqual(seen);
    expect(JSON.stringify(seen)).not.toMatch(/secret/);
    await countyAdmin.get('/api/centers/demo-city/channels').expect(404);
    await countyAdmin
      .put('/api/centers/demo-city/channels', { email: null, sms: null, dingtalk: null, wecom: null })
      .expect(404);
    await admin.get('/api/centers/nowhere/channels').expect(404);
    const [audit] = await db.query(
      `SELECT center_id AS "centerId", actor, target FROM admin_audit WHERE action = 'center.channels'`,
    );
    expect(audit).toEqual({ centerId: 'demo-county', actor: 'admin', target: 'demo-county' });
  });

  it('lists a county dead letter under ?center=, retries it from the city; the county admin cannot reach the city’s', async () => {
    await admin
      .put('/api/centers/demo-city/channels', {
        email: null,
        sms: { url: `${hooks.url}/city-sms` },
        dingtalk: null,
        wecom: null,
      })
      .expect(200);
    hooks.state.status = 500;
    await db.transaction(async (manager) => {
      for (const centerId of ['demo-county', 'demo-city'])
        await Outbox.enqueue(manager, {
          centerId,
          recipient: { phone: '13800138000' },
          kind: 'flow-notice',
          params: { message: `${centerId} 的通知` },
        });
    });
    await server.app.get(NotificationDispatcher).drain();
    // 1, 2, 4, 8, 16 minutes apart: the sixth failure is final.
    for (const time of ['09:01', '09:03', '09:07', '09:15', '09:31'])
      await setClock(admin, shanghai('2026-03-02', time));

    const county = (await admin.get('/api/notifications/dead-letters?center=demo-county&page=1&pageSize=5').expect(200))
      .body;
    expectContract(deadLetterPageSchema, county);
    expect(county.total).toBe(1);
    expect(county.items[0]).toMatchObject({ channel: 'sms', kind: 'flow-notice', attempts: 6 });
    expect(county.items[0].lastError).toContain('500');
    expect((await countyAdmin.get('/api/notifications/dead-letters').expect(200)).body).toEqual(county);
    const city = (await admin.get('/api/notifications/dead-letters').expect(200)).body;
    expect(city.total).toBe(1);
    expect(city.items[0].id).not.toBe(county.items[0].id);
    await countyAdmin.get('/api/notifications/dead-letters?center=demo-city').expect(404);
    await admin.get('/api/notifications/dead-letters?center=nowhere').expect(404);

    hooks.state.status = 200;
    await countyAdmin.post(`/api/notifications/dead-letters/${city.items[0].id}/retry`).expect(404);
    await admin.post(`/api/notifications/dead-letters/${county.items[0].id}/retry`).expect(200);
    await admin.post(`/api/notifications/dead-letters/${county.items[0].id}/retry`).expect(404);
    const before = hooks.received.length;
    await server.app.get(NotificationDispatcher).drain();
    const sent = hooks.received.slice(before);
    expect(sent.map((request) => request.path)).toEqual(['/county-sms']);
    expect(sent[0].body).toMatchObject({ phone: '13800138000', text: expect.stringContaining('demo-county 的通知') });
    expect((await admin.get('/api/notifications/dead-letters?center=demo-county').expect(200)).body.total).toBe(0);
  });

  it('sets and removes a county calendar override with ?center=; the county admin cannot touch the city’s', async () => {
    const dayOf = async (center: string, date: string) =>
      ((await admin.get(`/api/calendar/2026?center=${center}`).expect(200)).body.days as YearDay[]).find(
        (day) => day.date === date,
      );
    const set = await admin
      .put('/api/calendar/overrides/2026-03-10?center=demo-county', { workday: false, note: '县中心停电检修' })
      .expect(200);
    expect(set.body).toMatchObject({ date: '2026-03-10', workday: false, centerId: 'demo-county' });
    expect(await dayOf('demo-county', '2026-03-10')).toEqual({
      date: '2026-03-10',
      workday: false,
      note: '县中心停电检修',
      override: true,
    });
    expect(await dayOf('demo-city', '2026-03-10')).toMatchObject({ workday: true, override: false });
    await countyAdmin.put('/api/calendar/overrides/2026-03-11?center=demo-city', { workday: false }).expect(404);
    await countyAdmin.delete('/api/calendar/overrides/2026-03-10?center=demo-city').expect(404);
    await admin.delete('/api/calendar/overrides/2026-03-10?center=demo-county').expect(204);
    await admin.delete('/api/calendar/overrides/2026-03-10?center=demo-county').expect(404);
    expect(await dayOf('demo-county', '2026-03-10')).toMatchObject({ workday: true, override: false });
  });
});
