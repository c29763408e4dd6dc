import { adminAuditPageSchema } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { AdminAudit } from '../src/modules/admin-audit';
import { expectContract } from './utils/contract';
import { loginAs, type Session } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

describe('admin audit log: append-only, read by admins and supervisors of a center and the centers below', () => {
  let server: TestApp;
  let db: DataSource;
  let admin: Session;
  let countyAdmin: Session;
  let super1: Session;
  let window1: Session;

  beforeAll(async () => {
    server = await startTestApp();
    db = server.app.get(DataSource);
    [admin, countyAdmin, super1, window1] = await Promise.all(
      ['admin', 'county-admin', 'super1', 'window1'].map((name) => loginAs(server, name)),
    );
    await db.transaction(async (manager) => {
      await AdminAudit.record(manager, {
        centerId: 'demo-city',
        actor: 'admin',
        action: 'user.update',
        target: 'window2',
        before: { name: '窗口人员', passwordHash: 'scrypt$secret' },
        after: { name: '窗口人员乙', passwordHash: 'scrypt$other' },
        at: new Date('2026-10-08T02:00:00Z'),
      });
      await AdminAudit.record(manager, {
        centerId: 'demo-county',
        actor: 'county-admin',
        action: 'department.create',
        target: 'tax',
        before: null,
        after: { code: 'tax', name: '税务局' },
        at: new Date('2026-10-09T02:00:00Z'),
      });
    });
  });
  afterAll(() => server.close());

  it('a city admin and a city supervisor see their center and its county, newest first, without secrets', async () => {
    for (const session of [admin, super1]) {
      const page = expectContract(adminAuditPageSchema, (await session.get('/api/admin/audit').expect(200)).body);
      expect(page.total).toBe(2);
      expect(page.items.map((entry) => entry.target)).toEqual(['tax', 'window2']);
      expect(page.items[1]).toEqual({
        id: expect.any(String),
        centerId: 'demo-city',
        actor: 'admin',
        action: 'user.update',
        target: 'window2',
        before: { name: '窗口人员' },
        after: { name: '窗口人员乙' },
        at: '2026-10-08T02:00:00.000Z',
      });
    }
  });

  it('a county admin sees only its county; a city center it asks for is not found', async () => {
    const page = (await countyAdmin.get('/api/admin/audit').expect(200)).body;
    expect(page.items.map((entry: { target: string }) => entry.target)).toEqual(['tax']);
    const refused = await countyAdmin.get('/api/admin/audit?center=demo-city').expect(404);
    expect(refused.body.error.code).toBe('CENTER_NOT_FOUND');
  });

  it('filters by actor, action, days and center, and pages', async () => {
    const targets = async (query: string) =>
      (await admin.get(`/api/admin/audit?${query}`).expect(200)).body.items.map((e: { target: string }) => e.target);
    expect(await targets('actor=county-admin')).toEqual(['tax']);
    expect(await targets('action=user.update')).toEqual(['window2']);
    expect(await targets('from=2026-10-09')).toEqual(['tax']);
    expect(await targets('to=2026-10-08')).toEqual(['window2']);
    expect(await targets('center=demo-city')).toEqual(['window2']);
    const second = (await admin.get('/api/admin/audit?page=2&pageSize=1').expect(200)).body;
    expect(second).toMatchObject({ total: 2, items: [{ target: 'window2' }] });
  });

  it('refuses bad queries with 400 and other roles with 403', async () => {
    for (const query of ['from=2026-02-30', 'pageSize=0', 'page=x', 'to=tomorrow']) {
      const response = await admin.get(`/api/admin/audit?${query}`).expect(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    await window1.get('/api/admin/audit').expect(403);
  });

  it('refuses UPDATE and DELETE of an audit row in the database', async () => {
    await expect(db.query(`UPDATE admin_audit SET actor = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM admin_audit`)).rejects.toThrow(/append-only/);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM admin_audit`);
    expect(count).toBe(2);
  });
});
