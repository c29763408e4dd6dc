import { DataSource } from 'typeorm';
import { TenancyKeys1767226060000 } from '../src/database/migrations/1767226060000-tenancy-keys';
import { loginAs, type Session, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';
import { addAccounts, addSecondCounty, apply, COUNTY, COUNTY2, item, planningFlow } from './utils/tenancy-fixtures';

/*
 * Issue 16, tenancy gaps: a submit re-checks that the item's center may still use its flow; draft attachments and
 * appointments are keyed by the item's center, so two centers with the same catalog code do not interfere.
 */

jest.setTimeout(60_000);

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('tenancy gaps: two centers with the same code', () => {
  let server: TestApp;
  let db: DataSource;
  let cityAdmin: Session;
  let countyAdmin: Session;
  let county2Admin: Session;
  let countyWindow: Session;
  let alice: Session;
  let bob: Session;

  const validated = async (): Promise<Record<string, boolean>> =>
    Object.fromEntries(
      (
        await db.query(
          `SELECT conname, convalidated FROM pg_constraint
           WHERE conname IN ('application_item_fkey', 'appointment_item_fkey', 'attachment_item_fkey')`,
        )
      ).map((row: { conname: string; convalidated: boolean }) => [row.conname, row.convalidated]),
    );
  const count = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-10-12') });
    db = server.app.get(DataSource);
    await addSecondCounty(db);
    await addAccounts(server, [
      ['county2-admin', COUNTY2, 'admin', null],
      ['county-window', COUNTY, 'officer', 'center'],
    ]);
    [cityAdmin, countyAdmin, county2Admin, countyWindow, alice, bob] = await Promise.all(
      ['admin', 'county-admin', 'county2-admin', 'county-window', 'alice', 'bob'].map((name) => loginAs(server, name)),
    );
    await cityAdmin.post('/api/definitions', planningFlow('city-permit')).expect(201);
    await cityAdmin.post('/api/definitions/city-permit/publish').expect(200);
    // Both counties hold an item `shared` (the catalog key is the center and the code); the city does not.
    await countyAdmin.post('/api/catalog', item('shared', 'city-permit', '县一共用编码事项')).expect(201);
    await county2Admin.post('/api/catalog', item('shared', 'city-permit', '县二共用编码事项')).expect(201);
  });
  afterAll(() => server?.close());

  it('the item foreign keys by (center, code) are validated, the attachments’ one included', async () => {
    expect(await validated()).toEqual({
      application_item_fkey: true,
      appointment_item_fkey: true,
      attachment_item_fkey: true,
    });
  });

  it('a row naming no item of its center keeps that one key NOT VALID; the others validate', async () => {
    const runner = db.createQueryRunner();
    const migration = new TenancyKeys1767226060000();
    try {
      await migration.down(runner);
      // A booking put in by hand before the key existed: no item `ghost` anywhere.
      await db.query(`ALTER TABLE appointment DROP CONSTRAINT appointment_item_fkey`);
      await db.query(
        `INSERT INTO appointment (center_id, booking_no, username, item_code, window_key, date, slot, starts_at, status,
                                  created_at)
         VALUES ($1, 'Y-HAND-0001', 'bob', 'ghost', 'planning', '2026-10-13', '09:00', now(), 'cancelled', now())`,
        [COUNTY],
      );
      await db.query(`ALTER TABLE appointment ADD CONSTRAINT appointment_item_fkey
                      FOREIGN KEY (center_id, item_code) REFERENCES catalog_item(center_id, code) NOT VALID`);
      await migration.up(runner);
      expect(await validated()).toEqual({
        application_item_fkey: true,
        appointment_item_fkey: false,
        attachment_item_fkey: true,
      });
      // Repaired, it validates by hand as the docs say.
      await db.query(`DELETE FROM appointment WHERE booking_no = 'Y-HAND-0001'`);
      await db.query(`ALTER TABLE appointment VALIDATE CONSTRAINT appointment_item_fkey`);
      expect((await validated()).appointment_item_fkey).toBe(true);
    } finally {
      await runner.release();
    }
  });

  describe('submit re-checks the flow binding', () => {
    it('refuses an item whose flow its center may no longer use (portal and window), writing nothing', async () => {
      await countyAdmin.post('/api/definitions', planningFlow('county-flow', '县级流程')).expect(201);
      await countyAdmin.post('/api/definitions/county-flow/publish').expect(200);
      await countyAdmin.post('/api/catalog', item('stale', 'county-flow', '绑定过期的事项')).expect(201);
      // As a binding made before flows belonged to centers: the flow turns out to be the sibling county's.
      await db.query(`UPDATE flow_definition SET center_id = $1 WHERE key = 'county-flow'`, [COUNTY2]);

      const before = { applications: await count('application'), events: await count('instance_event') };
      const online = await alice.post('/api/applications', apply('stale', COUNTY)).expect(409);
      expect(online.body.error).toMatchObject({
        code: 'FLOW_NOT_USABLE',
        message: expect.stringMatching(/county-flow.*不属于本中心及其上级中心/),
        details: { code: 'stale', centerId: COUNTY, flowKey: 'county-flow' },
      });
      const window = await countyWindow
        .post('/api/applications', { ...apply('stale', COUNTY), channel: 'window', applicant: 'alice' })
        .expect(409);
      expect(window.body.error.code).toBe('FLOW_NOT_USABLE');
      expect({ applications: await count('application'), events: await count('instance_event') }).toEqual(before);

      // Rebinding to a flow the county may use (the city's) takes applications again.
      await countyAdmin.put('/api/catalog/stale', item('stale', 'city-permit', '绑定过期的事项')).expect(200);
      const accepted = await alice.post('/api/applications', apply('stale', COUNTY)).expect(201);
      expect((await alice.get(`/api/applications/${accepted.body.id}`).expect(200)).body.flowKey).toBe('city-permit');
    });
  });

  describe('draft attachments', () => {
    const upload = (session: Session, query: Record<string, string>) =>
      server.http
        .post(`/api/attachments?${new URLSearchParams({ material: 'T01', name: '申请表.pdf', ...query })}`)
        .set('authorization', `Bearer ${session.token}`)
        .set('content-type', 'application/octet-stream')
        .send(PDF);
    const drafts = async (session: Session, query: string) =>
      ((await session.get(`/api/attachments/drafts?${query}`).expect(200)).body as { id: string }[]).map((d) => d.id);

    it('a draft of county A’s item is neither listed for nor linked to county B’s item of the same code', async () => {
      const ambiguous = await upload(alice, { itemCode: 'shared' }).expect(409);
      expect(ambiguous.body.error.code).toBe('CATALOG_CODE_AMBIGUOUS');

      const draft = (await upload(alice, { itemCode: 'shared', center: COUNTY }).expect(201)).body;
      expect(draft).toMatchObject({ itemCode: 'shared', applicationId: null });
      const [stored] = await db.query(`SELECT center_id FROM attachment WHERE id = $1`, [draft.id]);
      expect(stored.center_id).toBe(COUNTY);
      expect(await drafts(alice, `itemCode=shared&center=${COUNTY}`)).toEqual([draft.id]);
      expect(await drafts(alice, `itemCode=shared&center=${COUNTY2}`)).toEqual([]);

      const inCounty2 = (await alice.post('/api/applications', apply('shared', COUNTY2)).expect(201)).body.id;
      const refused = await alice
        .post('/api/attachments/link', { applicationId: inCounty2, attachmentIds: [draft.id] })
        .expect(400);
      expect(refused.body.error).toMatchObject({ code: 'ATTACHMENT_NOT_LINKABLE', details: { missing: [draft.id] } });
      expect((await alice.get(`/api/applications/${inCounty2}/attachments`).expect(200)).body).toEqual([]);

      const inCounty = (await alice.post('/api/applications', apply('shared', COUNTY)).expect(201)).body.id;
      const linked = await alice
        .post('/api/attachments/link', { applicationId: inCounty, attachmentIds: [draft.id] })
        .expect(200);
      expect(linked.body.map((a: { id: string; applicationId: string }) => [a.id, a.applicationId])).toEqual([
        [draft.id, inCounty],
      ]);
    });
  });

  describe('appointments', () => {
    const slotsOf = async (center: string) =>
      (await server.http.get(`/api/appointments/slots?itemCode=shared&center=${center}`).expect(200)).body as {
        days: { date: string; slots: { slot: string; remaining: number }[] }[];
      };
    const remaining = async (center: string, date: string, slot: string) =>
      (await slotsOf(center)).days.find((d) => d.date === date)!.slots.find((s) => s.slot === slot)!.remaining;
    const book = (session: Session, centerId: string, date: string, slot: string) =>
      session.post('/api/appointments', { itemCode: 'shared', centerId, date, slot });

    it('counts capacity per center: the same window code in two counties is two halls', async () => {
      for (const center of [COUNTY, COUNTY2]) {
        await cityAdmin.put(`/api/centers/${center}/settings`, { appointmentCapacity: 1 }).expect(200);
      }
      const date = (await slotsOf(COUNTY)).days[0].date;
      await book(alice, COUNTY, date, '09:00').expect(201);
      expect(await remaining(COUNTY, date, '09:00')).toBe(0);
      expect(await remaining(COUNTY2, date, '09:00')).toBe(1);

      const other = await book(bob, COUNTY2, date, '09:00').expect(201);
      expect(other.body).toMatchObject({ itemCode: 'shared', itemName: '县二共用编码事项' });
      expect(await remaining(COUNTY2, date, '09:00')).toBe(0);
      const full = await book(bob, COUNTY, date, '09:30').expect(201);
      expect(full.body.itemName).toBe('县一共用编码事项');
      const [county] = await db.query(`SELECT center_id FROM appointment WHERE id = $1`, [full.body.id]);
      expect(county.center_id).toBe(COUNTY);
    });

    it('one booking per person per item: the same code of another center is another item', async () => {
      const date = (await slotsOf(COUNTY)).days[1].date;
      // Alice holds county A's `shared` (above); county B's is another item.
      await book(alice, COUNTY2, date, '10:00').expect(201);
      const again = await book(alice, COUNTY, date, '10:30').expect(409);
      expect(again.body.error.code).toBe('DOUBLE_BOOKING');
      expect(again.body.error.message).toMatch(/已预约该事项/);
      const ambiguous = await alice.post('/api/appointments', { itemCode: 'shared', date, slot: '11:00' }).expect(409);
      expect(ambiguous.body.error.code).toBe('CATALOG_CODE_AMBIGUOUS');
    });
  });
});
