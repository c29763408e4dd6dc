import {
  channelSettingsSchema,
  deadLetterPageSchema,
  notificationListSchema,
  notificationPreferencesSchema,
} from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { NotificationDispatcher, Outbox } from '../src/modules/notifications';
import { expectContract } from './utils/contract';
import { startMailServer, startWebhookServer } from './utils/mail-server';
import { loginAs, type Session, setClock, shanghai, submitAs } from './utils/session';
import { secondApp, startTestApp, type TestApp } from './utils/test-app';

const F04 = '消防安全制度、灭火和应急疏散预案';

describe('notifications: outbox, dispatcher, channels (issue 16)', () => {
  let server: TestApp;
  let db: DataSource;
  let dispatcher: NotificationDispatcher;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let window1: Session;

  const outboxCount = async () => (await db.query(`SELECT count(*)::int AS n FROM notification_outbox`))[0].n;
  const receiptOf = async (id: string) =>
    (await db.query(`SELECT receipt_no AS "receiptNo" FROM application WHERE id = $1`, [id]))[0].receiptNo as string;

  beforeAll(async () => {
    [mail, hooks] = await Promise.all([startMailServer(), startWebhookServer()]);
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-03-02') });
    db = server.app.get(DataSource);
    dispatcher = server.app.get(NotificationDispatcher);
    [admin, alice, bob, window1] = await Promise.all(
      ['admin', 'alice', 'bob', 'window1'].map((name) => loginAs(server, name)),
    );
    await admin
      .put('/api/centers/demo-city/channels', {
        email: {
          host: '127.0.0.1',
          port: mail.port,
          secure: false,
          from: '示范市政务服务中心 <noreply@tongban.local>',
          user: null,
        },
        sms: { url: `${hooks.url}/sms`, token: 'sms-secret-token' },
        dingtalk: { webhook: `${hooks.url}/dingtalk?access_token=ding-secret` },
        wecom: null,
      })
      .expect(200);
    await alice
      .put('/api/notifications/preferences', { channels: ['in-app', 'email'], email: 'alice@example.cn' })
      .expect(200);
  });
  afterAll(async () => {
    await server.close();
    await Promise.all([mail.close(), hooks.close()]);
  });

  it('a one-time notice reaches the applicant once in-app and once by e-mail, in Chinese with receipt number, missing material and deadline', async () => {
    const id = await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03']);
    await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F04'], note: '请加盖公章' }).expect(200);
    const receiptNo = await receiptOf(id);
    await dispatcher.drain();
    await dispatcher.drain();

    const inbox = await alice.get('/api/notifications').expect(200);
    expectContract(notificationListSchema, inbox.body);
    expectContract(notificationPreferencesSchema, (await alice.get('/api/notifications/preferences').expect(200)).body);
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.total).toBe(1);
    const [notice] = inbox.body.items;
    expect(notice).toMatchObject({ applicationId: id, kind: 'missing-materials', read: false });
    expect(notice.text).toContain(`受理编号：${receiptNo}`);
    expect(notice.text).toContain(`需补正的材料：${F04}`);
    expect(notice.text).toContain('说明：请加盖公章');
    expect(notice.text).toMatch(/请于2026年\d+月\d+日前补正/);

    const mails = mail.received.filter((m) => m.to.includes('alice@example.cn'));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('一次性告知：请补正材料');
    expect(mails[0].text).toBe(notice.text);

    // The supplement completes it, the window accepts: the fire department's reviewers are told of their new task
    // in-app, and the center's DingTalk robot posts it once.
    await alice.post(`/api/applications/${id}/supplement`, { materials: [{ code: 'F04' }] }).expect(200);
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    await dispatcher.drain();
    const fire1 = await loginAs(server, 'fire1');
    const staffInbox = (await fire1.get('/api/notifications').expect(200)).body;
    expect(staffInbox.items).toHaveLength(1);
    expect(staffInbox.items[0]).toMatchObject({ kind: 'task-assigned', applicationId: id });
    expect(staffInbox.items[0].text).toContain(`受理编号：${receiptNo}）「消防部门审查」`);
    const robot = hooks.received.filter((r) => r.path.startsWith('/dingtalk'));
    expect(robot).toHaveLength(1);
    expect(robot[0].path).toBe('/dingtalk?access_token=ding-secret');
    expect(robot[0].body).toEqual({ msgtype: 'text', text: { content: `【新待办】${staffInbox.items[0].text}` } });
    expect((await alice.get('/api/notifications').expect(200)).body.total).toBe(1);
  });

  it('writes no message for a refused command (the outbox row belongs to the command’s transaction)', async () => {
    const id = await submitAs(bob, 'one-time-notice', ['F01', 'F02', 'F03']);
    await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F04'] }).expect(200);
    const before = await outboxCount();
    const second = await window1.post(`/api/applications/${id}/notify-missing`, { missing: ['F03'] });
    expect(second.status).toBe(409);
    const accept = await window1.post(`/api/applications/${id}/accept`);
    expect(accept.status).toBe(409);
    expect(await outboxCount()).toBe(before);
    const events = await db.query(`SELECT count(*)::int AS n FROM instance_event WHERE application_id = $1`, [id]);
    const notices = await db.query(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE application_id = $1 AND kind = 'missing-materials'`,
      [id],
    );
    expect(events[0].n).toBe(2);
    expect(notices[0].n).toBe(1);
  });

  it('reads only one’s own notifications; marks one, then all, read', async () => {
    const decided = await submitAs(alice, 'instant', ['C01', 'C02', 'C03', 'C04', 'C05']);
    await window1.post(`/api/applications/${decided}/accept`).expect(200);
    await dispatcher.drain();
    const inbox = (await alice.get('/api/notifications?page=1&pageSize=1').expect(200)).body;
    expect(inbox).toMatchObject({ total: 2, unread: 2 });
    expect(inbox.items).toHaveLength(1);
    const [newest] = inbox.items;
    expect(newest).toMatchObject({ kind: 'decision', applicationId: decided });
    expect(newest.text).toContain('已办结，决定准予许可');

    await bob.post(`/api/notifications/${newest.id}/read`).expect(404);
    await bob.post('/api/notifications/00000000-0000-4000-8000-000000000000/read').expect(404);
    await bob.post('/api/notifications/not-a-uuid/read').expect(400);
    await alice.post(`/api/notifications/${newest.id}/read`).expect(200, { id: newest.id, read: true });
    expect((await alice.get('/api/notifications').expect(200)).body.unread).toBe(1);
    await alice.post('/api/notifications/read-all').expect(200, { marked: 1 });
    const after = (await alice.get('/api/notifications').expect(200)).body;
    expect(after.unread).toBe(0);
    expect(after.items.every((n: { read: boolean }) => n.read)).toBe(true);
  });

  it('sends SMS through the gateway with its token when the applicant chooses it', async () => {
    await bob
      .put('/api/notifications/preferences', { channels: ['sms'], phone: '13800138000' })
      .expect(200, { channels: ['in-app', 'sms'], email: null, phone: '13800138000' });
    const id = await submitAs(bob, 'one-time-notice', ['F01', 'F02', 'F03']);
    await window1.post(`/api/applications/${id}/reject`, { reason: '场所不属于本中心辖区' }).expect(200);
    await dispatcher.drain();
    const sms = hooks.received.filter((r) => r.path === '/sms');
    expect(sms).toHaveLength(1);
    expect(sms[0].headers.authorization).toBe('Bearer sms-secret-token');
    expect(sms[0].body).toMatchObject({
      phone: '13800138000',
      text: expect.stringContaining('不予受理。理由：场所不属于本中心辖区'),
    });
    expect(mail.received.filter((m) => m.text.includes('场所不属于本中心辖区'))).toHaveLength(0);
  });

  it('retries a failing channel with backoff on the clock, dead-letters it, and an admin sends it again', async () => {
    mail.state.refuse = true;
    await setClock(admin, shanghai('2026-03-03', '10:00'));
    const id = await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03']);
    await window1.post(`/api/applications/${id}/reject`, { reason: '申请事项依法不需要取得行政许可' }).expect(200);
    await dispatcher.drain();
    const attempts = async () =>
      (
        await db.query(
          `SELECT d.attempts, d.next_attempt_at AS "next", d.dead_at AS "dead", d.last_error AS "error"
           FROM notification_delivery d JOIN notification_outbox o ON o.id = d.outbox_id
           WHERE o.application_id = $1 AND d.channel = 'email'`,
          [id],
        )
      )[0];
    expect(await attempts()).toMatchObject({ attempts: 1, next: new Date(shanghai('2026-03-03', '10:01')) });
    expect((await attempts()).error).toContain('451');

    await setClock(admin, '2026-03-03T10:00:59+08:00');
    expect((await attempts()).attempts).toBe(1);
    // 1, 2, 4, 8, 16 minutes apart: the sixth failure is final.
    for (const [minute, tries] of [
      ['01', 2],
      ['03', 3],
      ['07', 4],
      ['15', 5],
    ] as const) {
      await setClock(admin, shanghai('2026-03-03', `10:${minute}`));
      expect((await attempts()).attempts).toBe(tries);
    }
    await setClock(admin, shanghai('2026-03-03', '10:30'));
    expect(await attempts()).toMatchObject({ attempts: 5, dead: null });
    await setClock(admin, shanghai('2026-03-03', '10:31'));
    expect(await attempts()).toMatchObject({ attempts: 6, dead: new Date(shanghai('2026-03-03', '10:31')) });

    await alice.get('/api/notifications/dead-letters').expect(403);
    const dead = (await admin.get('/api/notifications/dead-letters?page=1&pageSize=10').expect(200)).body;
    expectContract(deadLetterPageSchema, dead);
    expect(dead.total).toBe(1);
    expect(dead.items[0]).toMatchObject({
      channel: 'email',
      recipient: 'alice',
      kind: 'acceptance-refused',
      applicationId: id,
      attempts: 6,
    });

    mail.state.refuse = false;
    await admin.post(`/api/notifications/dead-letters/${dead.items[0].id}/retry`).expect(200);
    await admin.post(`/api/notifications/dead-letters/${dead.items[0].id}/retry`).expect(404);
    await dispatcher.drain();
    expect(mail.received.filter((m) => m.text.includes('申请事项依法不需要取得行政许可'))).toHaveLength(1);
    expect((await admin.get('/api/notifications/dead-letters').expect(200)).body.total).toBe(0);
  });

  it('two dispatchers draining at once deliver each message once per channel', async () => {
    const other = await secondApp(server, { CLOCK: 'manual' });
    try {
      const ids: string[] = [];
      await db.transaction(async (manager) => {
        for (let i = 0; i < 20; i++) {
          const id = await Outbox.enqueue(manager, {
            centerId: 'demo-city',
            recipient: { username: 'alice' },
            kind: 'flow-notice',
            params: { message: `第${i}号通知` },
          });
          ids.push(id!);
        }
      });
      const mailsBefore = mail.received.length;
      const [a, b] = await Promise.all([dispatcher.drain(), other.get(NotificationDispatcher).drain()]);
      expect(a.delivered + b.delivered).toBe(40);
      const inApp = await db.query(
        `SELECT outbox_id, count(*)::int AS n FROM notification WHERE outbox_id = ANY($1) GROUP BY outbox_id`,
        [ids],
      );
      expect(inApp).toHaveLength(20);
      expect(inApp.every((row: { n: number }) => row.n === 1)).toBe(true);
      const mails = mail.received.slice(mailsBefore);
      expect(mails).toHaveLength(20);
      expect(new Set(mails.map((m) => m.headers.get('x-tongban-outbox-id')))).toEqual(new Set(ids));
    } finally {
      await other.close();
    }
  });

  it('channel settings: admins of the center or above only, secrets never echoed', async () => {
    const settings = (await admin.get('/api/centers/demo-city/channels').expect(200)).body;
    expectContract(channelSettingsSchema, settings);
    expect(settings).toEqual({
      email: {
        host: '127.0.0.1',
        port: mail.port,
        secure: false,
        from: '示范市政务服务中心 <noreply@tongban.local>',
        user: null,
        passwordSet: false,
      },
      sms: { urlHost: new URL(hooks.url).host, tokenSet: true },
      dingtalk: { webhookHost: new URL(hooks.url).host },
      wecom: null,
    });
    expect(JSON.stringify(settings)).not.toMatch(/secret/);
    await window1.get('/api/centers/demo-city/channels').expect(403);
    await (await loginAs(server, 'county-admin')).get('/api/centers/demo-city/channels').expect(404);
    const bad = await admin.put('/api/centers/demo-city/channels', {
      email: null,
      sms: null,
      dingtalk: { webhook: 'ftp://x' },
      wecom: null,
    });
    expect(bad.status).toBe(400);
    // A secret left out keeps the stored one.
    await admin
      .put('/api/centers/demo-city/channels', {
        email: null,
        sms: { url: `${hooks.url}/sms` },
        dingtalk: {},
        wecom: null,
      })
      .expect(200);
    const [row] = await db.query(`SELECT settings FROM notification_channel_settings WHERE center_id = 'demo-city'`);
    expect(row.settings.sms.token).toBe('sms-secret-token');
    expect(row.settings.dingtalk.webhook).toBe(`${hooks.url}/dingtalk?access_token=ding-secret`);
    const audit = await db.query(
      `SELECT actor, target, before, after FROM admin_audit WHERE action = 'center.channels' ORDER BY at, id`,
    );
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actor: 'admin', target: 'demo-city', after: { email: null, wecom: null } });
    expect(audit[1].before.email).toMatchObject({ host: '127.0.0.1', port: mail.port });
    expect(audit[1].before.sms).toEqual({ urlHost: new URL(hooks.url).host });
    expect(JSON.stringify(audit)).not.toMatch(/secret/);
  });

  it('reminds the officers of a task two working days before its deadline, once', async () => {
    const fire1 = await loginAs(server, 'fire1');
    const [task] = await db.query(
      `SELECT t.id, t.deadline FROM task t JOIN notification_outbox o ON o.params->>'taskId' = t.id
       WHERE o.kind = 'task-assigned' AND t.node_id = 'review' AND t.status = 'open'`,
    );
    expect(task.deadline).toEqual(new Date('2026-03-09T15:59:59.999Z'));
    const reminders = async () =>
      (await fire1.get('/api/notifications').expect(200)).body.items.filter(
        (n: { kind: string }) => n.kind === 'task-due-soon',
      );
    // Thursday 5 March: three working days left counting today (Thu, Fri, Mon); Friday: two.
    await setClock(admin, shanghai('2026-03-05', '18:00'));
    expect(await reminders()).toEqual([]);
    await setClock(admin, shanghai('2026-03-06', '09:00'));
    const [reminder] = await reminders();
    expect(reminder.text).toContain('「消防部门审查」将于2026年3月9日到期（剩余不足两个工作日）');
    expect(reminder.createdAt).toBe(new Date(shanghai('2026-03-06', '09:00')).toISOString());
    await setClock(admin, shanghai('2026-03-09', '09:00'));
    expect(await reminders()).toHaveLength(1);
  });
});
