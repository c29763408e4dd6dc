import { DataSource } from 'typeorm';
import { Outbox } from '../src/modules/notifications';
import { startTestApp, type TestApp } from './utils/test-app';
import { shanghai } from './utils/session';

describe('the notification outbox (Outbox.enqueue)', () => {
  let server: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-03-02') });
    db = server.app.get(DataSource);
  });
  afterAll(() => server.close());

  it("writes one row in the caller's transaction, gone when that transaction rolls back; a repeated key is dropped", async () => {
    const message = {
      centerId: 'demo-city',
      recipient: { email: 'someone@example.cn' },
      kind: 'password-reset-code',
      params: { code: '123456' },
      dedupeKey: 'reset:someone:1',
    };
    await expect(
      db.transaction(async (manager) => {
        expect(await Outbox.enqueue(manager, message)).toMatch(/^[0-9a-f-]{36}$/);
        throw new Error('the caller fails');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await db.query(`SELECT count(*)::int AS n FROM notification_outbox`)).toEqual([{ n: 0 }]);

    const id = await db.transaction((manager) => Outbox.enqueue(manager, message));
    expect(await db.transaction((manager) => Outbox.enqueue(manager, message))).toBeNull();
    const rows = await db.query(
      `SELECT id, center_id, recipient_email, kind, params, created_at FROM notification_outbox`,
    );
    expect(rows).toEqual([
      {
        id,
        center_id: 'demo-city',
        recipient_email: 'someone@example.cn',
        kind: 'password-reset-code',
        params: { code: '123456' },
        created_at: new Date(shanghai('2026-03-02')),
      },
    ]);
  });
});
