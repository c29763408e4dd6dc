import { DataSource } from 'typeorm';
import { loginAs, type Session, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';
import {
  addAccounts,
  addSecondCounty,
  apply,
  CITY,
  COUNTY,
  COUNTY2,
  item,
  planningFlow,
} from './utils/tenancy-fixtures';

describe('tenancy: flows, catalog codes and statistics belong to a center', () => {
  let server: TestApp;
  let db: DataSource;
  let cityAdmin: Session;
  let countyAdmin: Session;
  let county2Admin: Session;
  let citySuper: Session;
  let countySuper: Session;
  let county2Super: Session;
  let cityWindow: Session;
  let countyWindow: Session;
  let alice: Session;

  const versionsOf = async (key: string) =>
    (
      await db.query(`SELECT version, status, center_id FROM flow_definition WHERE key = $1 ORDER BY version`, [key])
    ).map((row: { version: number; status: string; center_id: string | null }) => [
      row.version,
      row.status,
      row.center_id,
    ]);
  const auditOf = async (target: string) =>
    (
      await db.query(`SELECT center_id, actor, action, before, after FROM admin_audit WHERE target = $1 ORDER BY id`, [
        target,
      ])
    ).map((row: { center_id: string; actor: string; action: string }) => [row.center_id, row.actor, row.action]);
  const applicationCount = async () => Number((await db.query(`SELECT count(*) AS n FROM application`))[0].n);

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-10-12') });
    db = server.app.get(DataSource);
    await addSecondCounty(db);
    await addAccounts(server, [
      ['county2-admin', COUNTY2, 'admin', null],
      ['city-super', CITY, 'supervisor', null],
      ['county-super', COUNTY, 'supervisor', null],
      ['county2-super', COUNTY2, 'supervisor', null],
      ['county-window', COUNTY, 'officer', 'center'],
    ]);
    [cityAdmin, countyAdmin, county2Admin, citySuper, countySuper, county2Super, cityWindow, countyWindow, alice] =
      await Promise.all(
        [
          'admin',
          'county-admin',
          'county2-admin',
          'city-super',
          'county-super',
          'county2-super',
          'window1',
          'county-window',
          'alice',
        ].map((name) => loginAs(server, name)),
      );
    await cityAdmin.post('/api/definitions', planningFlow('city-permit')).expect(201);
    await cityAdmin.post('/api/definitions/city-permit/publish').expect(200);
    await countyAdmin.post('/api/definitions', planningFlow('county-permit', '县级规划审查')).expect(201);
    await countyAdmin.post('/api/definitions/county-permit/publish').expect(200);
  });
  afterAll(() => server.close());

  describe('flow definitions', () => {
    it('a county admin cannot save, publish or restore the city’s flow, and nothing is written', async () => {
      await cityAdmin.post('/api/definitions', planningFlow('city-permit', '规划审查（第二版）')).expect(201);
      await cityAdmin.post('/api/definitions/city-permit/publish').expect(200);
      const before = await versionsOf('city-permit');
      expect(before).toEqual([
        [1, 'published', CITY],
        [2, 'published', CITY],
      ]);

      const draft = await countyAdmin.post('/api/definitions', planningFlow('city-permit', '县里改的')).expect(403);
      expect(draft.body.error.code).toBe('DEFINITION_NOT_EDITABLE');
      expect(draft.body.error.message).toMatch(/上级中心/);
      const publish = await countyAdmin.post('/api/definitions/city-permit/publish').expect(403);
      expect(publish.body.error.code).toBe('DEFINITION_NOT_EDITABLE');
      const restore = await countyAdmin.post('/api/definitions/city-permit/publish', { version: 1 }).expect(403);
      expect(restore.body.error.code).toBe('DEFINITION_NOT_EDITABLE');
      // A shipped flow is the deployment's: only a top-level center changes it.
      const shipped = await countyAdmin.post('/api/definitions/parallel-review/publish').expect(403);
      expect(shipped.body.error.code).toBe('DEFINITION_NOT_EDITABLE');

      expect(await versionsOf('city-permit')).toEqual(before);
      expect(await auditOf('city-permit')).toEqual([
        [CITY, 'admin', 'definition.save'],
        [CITY, 'admin', 'definition.publish'],
        [CITY, 'admin', 'definition.save'],
        [CITY, 'admin', 'definition.publish'],
      ]);
    });

    it('a county sees a parent’s published versions only, marked not editable', async () => {
      await cityAdmin.post('/api/definitions', planningFlow('city-permit', '规划审查（城市草稿）')).expect(201);
      const latest = await countyAdmin.get('/api/definitions/city-permit').expect(200);
      expect(latest.body).toMatchObject({ version: 2, status: 'published', centerId: CITY, editable: false });
      const versions = await countyAdmin.get('/api/definitions/city-permit/versions').expect(200);
      expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      const draft = await countyAdmin.get('/api/definitions/city-permit/versions/3').expect(404);
      expect(draft.body.error.code).toBe('DEFINITION_VERSION_NOT_FOUND');
      expect((await cityAdmin.get('/api/definitions/city-permit').expect(200)).body).toMatchObject({
        version: 3,
        status: 'draft',
        editable: true,
      });

      const list = (await countyAdmin.get('/api/definitions').expect(200)).body as {
        key: string;
        centerId: string | null;
        editable: boolean;
        latestVersion: number;
      }[];
      expect(list.find((f) => f.key === 'city-permit')).toMatchObject({
        centerId: CITY,
        editable: false,
        latestVersion: 2,
      });
      expect(list.find((f) => f.key === 'county-permit')).toMatchObject({ centerId: COUNTY, editable: true });
      expect(list.find((f) => f.key === 'parallel-review')).toMatchObject({ centerId: null, editable: false });
    });

    it('a sibling county neither sees nor takes the other county’s flow', async () => {
      const list = (await county2Admin.get('/api/definitions').expect(200)).body as { key: string }[];
      expect(list.map((f) => f.key)).not.toContain('county-permit');
      expect(list.map((f) => f.key)).toContain('city-permit');
      const read = await county2Admin.get('/api/definitions/county-permit').expect(404);
      expect(read.body.error).toMatchObject({
        code: 'DEFINITION_NOT_FOUND',
        message: expect.stringMatching(/不属于本中心/),
      });
      expect((await county2Admin.post('/api/definitions/county-permit/publish').expect(404)).body.error.code).toBe(
        'DEFINITION_NOT_FOUND',
      );
      const taken = await county2Admin.post('/api/definitions', planningFlow('county-permit')).expect(409);
      expect(taken.body.error.code).toBe('DEFINITION_KEY_TAKEN');
      expect(await versionsOf('county-permit')).toEqual([[1, 'published', COUNTY]]);
    });

    it('the city admin edits and publishes the county’s flow; it stays the county’s', async () => {
      await cityAdmin.post('/api/definitions', planningFlow('county-permit', '县级规划审查（市里修订）')).expect(201);
      await cityAdmin.post('/api/definitions/county-permit/publish', { note: '市中心统一修订' }).expect(200);
      expect(await versionsOf('county-permit')).toEqual([
        [1, 'published', COUNTY],
        [2, 'published', COUNTY],
      ]);
      const seen = await countyAdmin.get('/api/definitions/county-permit').expect(200);
      expect(seen.body).toMatchObject({
        version: 2,
        name: '县级规划审查（市里修订）',
        editable: true,
        centerId: COUNTY,
      });
    });
  });

  describe('catalog', () => {
    let countyApplication: string;

    it('a county binds its item to the city’s published flow and applications run on that flow', async () => {
      const created = await countyAdmin.post('/api/catalog', item('permit', 'city-permit', '县级规划许可')).expect(201);
      expect(created.body).toMatchObject({ centerId: COUNTY, flowKey: 'city-permit', retiredAt: null });
      const submitted = await alice.post('/api/applications', apply('permit', COUNTY)).expect(201);
      countyApplication = submitted.body.id;
      const view = await alice.get(`/api/applications/${countyApplication}`).expect(200);
      expect(view.body).toMatchObject({ centerId: COUNTY, itemCode: 'permit', flowKey: 'city-permit', flowVersion: 2 });
    });

    it('no center binds an item to a flow it may not use: a sibling’s, or a draft', async () => {
      const sibling = await county2Admin.post('/api/catalog', item('borrowed', 'county-permit')).expect(400);
      expect(sibling.body.error.code).toBe('FLOW_NOT_PUBLISHED');
      await countyAdmin.post('/api/definitions', planningFlow('county-draft-only')).expect(201);
      const draft = await countyAdmin.post('/api/catalog', item('drafty', 'county-draft-only')).expect(400);
      expect(draft.body.error.code).toBe('FLOW_NOT_PUBLISHED');
      const rebind = await countyAdmin.put('/api/catalog/permit', item('permit', 'county-draft-only')).expect(400);
      expect(rebind.body.error.code).toBe('FLOW_NOT_PUBLISHED');
      const count = await db.query(`SELECT count(*)::int AS n FROM catalog_item WHERE code IN ('borrowed', 'drafty')`);
      expect(count[0].n).toBe(0);
    });

    it('the same code in two centers resolves per caller, or by ?center=', async () => {
      await cityAdmin.post('/api/catalog', item('permit', 'city-permit', '市级规划许可')).expect(201);
      const again = await countyAdmin.post('/api/catalog', item('permit', 'city-permit')).expect(409);
      expect(again.body.error.code).toBe('CATALOG_ITEM_EXISTS');

      // Public callers get the default center (the oldest top-level one: the city) unless they name one.
      expect((await server.http.get('/api/catalog/permit').expect(200)).body.name).toBe('市级规划许可');
      expect((await server.http.get('/api/catalog/permit?center=demo-county').expect(200)).body.name).toBe(
        '县级规划许可',
      );
      expect((await countyAdmin.get('/api/catalog/permit').expect(200)).body.centerId).toBe(COUNTY);
      expect((await cityAdmin.get('/api/catalog/permit').expect(200)).body.centerId).toBe(CITY);
      const missing = await server.http.get('/api/catalog/permit?center=demo-county-2').expect(404);
      expect(missing.body.error.code).toBe('CATALOG_ITEM_NOT_FOUND');
      const flow = await server.http.get('/api/catalog/permit/flow?center=demo-county').expect(200);
      expect(flow.body.flowKey).toBe('city-permit');

      // Both counties hold `local`, the default center does not: a caller elsewhere must name the center.
      await countyAdmin.post('/api/catalog', item('local', 'city-permit', '县一事项')).expect(201);
      await county2Admin.post('/api/catalog', item('local', 'city-permit', '县二事项')).expect(201);
      const ambiguous = await server.http.get('/api/catalog/local').expect(409);
      expect(ambiguous.body.error).toMatchObject({
        code: 'CATALOG_CODE_AMBIGUOUS',
        details: { code: 'local', centers: [COUNTY, COUNTY2] },
      });
      expect((await county2Admin.get('/api/catalog/local').expect(200)).body.name).toBe('县二事项');
      const refused = await alice.post('/api/applications', apply('local')).expect(409);
      expect(refused.body.error.code).toBe('CATALOG_CODE_AMBIGUOUS');

      const listed = (await server.http.get('/api/catalog?q=permit').expect(200)).body as {
        code: string;
        centerId: string;
      }[];
      expect(
        listed
          .filter((row) => row.code === 'permit')
          .map((row) => row.centerId)
          .sort(),
      ).toEqual([CITY, COUNTY]);
    });

    it('PUT edits the caller’s center’s item; a child’s with ?center=; never a parent’s or a sibling’s', async () => {
      const edited = await countyAdmin
        .put('/api/catalog/permit', { ...item('permit', 'city-permit', '县级规划许可（修订）'), promisedDays: 8 })
        .expect(200);
      expect(edited.body).toMatchObject({ centerId: COUNTY, promisedDays: 8 });
      expect((await server.http.get('/api/catalog/permit').expect(200)).body.name).toBe('市级规划许可');

      const parent = await countyAdmin.put('/api/catalog/permit?center=demo-city', item('permit', 'city-permit', 'x'));
      expect(parent.status).toBe(403);
      expect(parent.body.error.code).toBe('NOT_YOUR_CENTER');
      const sibling = await county2Admin.put('/api/catalog/permit?center=demo-county', item('permit', 'city-permit'));
      expect(sibling.status).toBe(404);
      expect(sibling.body.error.code).toBe('CATALOG_ITEM_NOT_FOUND');
      expect((await county2Admin.delete('/api/catalog/permit?center=demo-county')).status).toBe(404);

      const byCity = await cityAdmin
        .put('/api/catalog/permit?center=demo-county', item('permit', 'county-permit', '县级规划许可（市里改）'))
        .expect(200);
      expect(byCity.body).toMatchObject({ centerId: COUNTY, flowKey: 'county-permit' });
      expect((await server.http.get('/api/catalog/permit?center=demo-county').expect(200)).body.name).toBe(
        '县级规划许可（市里改）',
      );
      expect((await auditOf('permit')).filter(([center]: string[]) => center === COUNTY)).toEqual([
        [COUNTY, 'county-admin', 'catalog.create'],
        [COUNTY, 'county-admin', 'catalog.update'],
        [COUNTY, 'admin', 'catalog.update'],
      ]);
    });

    it('POST ?center= creates an item of a center below the admin’s, never of a parent or a sibling', async () => {
      const forCounty = await cityAdmin.post('/api/catalog?center=demo-county', item('city-made', 'city-permit'));
      expect(forCounty.status).toBe(201);
      expect(forCounty.body.centerId).toBe(COUNTY);
      const parent = await countyAdmin.post('/api/catalog?center=demo-city', item('up', 'city-permit'));
      expect(parent.status).toBe(403);
      expect(parent.body.error.code).toBe('NOT_YOUR_CENTER');
      const sibling = await countyAdmin.post('/api/catalog?center=demo-county-2', item('across', 'city-permit'));
      expect(sibling.status).toBe(404);
      expect(sibling.body.error.code).toBe('CENTER_NOT_FOUND');
      const rows = await db.query(`SELECT center_id FROM catalog_item WHERE code IN ('city-made', 'up', 'across')`);
      expect(rows).toEqual([{ center_id: COUNTY }]);
    });

    it('a retired item leaves the public catalog and takes no new application; its running ones go on', async () => {
      await countyAdmin.post('/api/catalog', item('old-permit', 'city-permit', '旧事项')).expect(201);
      const running = (await alice.post('/api/applications', apply('old-permit', COUNTY)).expect(201)).body.id;

      const retired = await countyAdmin.delete('/api/catalog/old-permit').expect(200);
      expect(retired.body.retiredAt).toEqual(expect.any(String));
      expect((await countyAdmin.delete('/api/catalog/old-permit').expect(200)).body.retiredAt).toBe(
        retired.body.retiredAt,
      );
      const listed = (await server.http.get('/api/catalog?center=demo-county').expect(200)).body as { code: string }[];
      expect(listed.map((row) => row.code)).not.toContain('old-permit');
      const all = await server.http.get('/api/catalog?center=demo-county&includeRetired=true').expect(200);
      expect(all.body.map((row: { code: string }) => row.code)).toContain('old-permit');
      expect((await server.http.get('/api/catalog/old-permit?center=demo-county').expect(200)).body.retiredAt).toBe(
        retired.body.retiredAt,
      );

      const before = await applicationCount();
      const refused = await alice.post('/api/applications', apply('old-permit', COUNTY)).expect(409);
      expect(refused.body.error).toMatchObject({
        code: 'CATALOG_ITEM_RETIRED',
        message: expect.stringMatching(/已停用/),
      });
      expect(await applicationCount()).toBe(before);
      const edit = await countyAdmin.put('/api/catalog/old-permit', item('old-permit', 'city-permit')).expect(409);
      expect(edit.body.error.code).toBe('CATALOG_ITEM_RETIRED');
      expect(await auditOf('old-permit')).toEqual([
        [COUNTY, 'county-admin', 'catalog.create'],
        [COUNTY, 'county-admin', 'catalog.retire'],
      ]);
      const [retire] = await db.query(`SELECT before, after FROM admin_audit WHERE action = 'catalog.retire'`);
      expect(retire.before.retiredAt).toBeNull();
      expect(retire.after.retiredAt).toBe(retired.body.retiredAt);

      const accepted = await countyWindow.post(`/api/applications/${running}/accept`).expect(200);
      expect(accepted.body.status).toBe('in-review');
      expect((await alice.get(`/api/applications/${running}`).expect(200)).body.itemCode).toBe('old-permit');
    });

    it('a window officer takes in applications only for its own center’s items; nothing is written otherwise', async () => {
      await countyAdmin.post('/api/catalog', item('county-only', 'city-permit', '县独有事项')).expect(201);
      const intake = { ...apply('county-only', COUNTY), channel: 'window', applicant: 'alice' };
      const before = await applicationCount();
      const refused = await cityWindow.post('/api/applications', intake).expect(403);
      expect(refused.body.error).toMatchObject({ code: 'OTHER_CENTER_ITEM', message: expect.stringMatching(/本中心/) });
      const byMail = await cityWindow.post('/api/applications', { ...intake, channel: 'mail', centerId: undefined });
      expect(byMail.status).toBe(403);
      expect(await applicationCount()).toBe(before);

      const own = await countyWindow.post('/api/applications', intake).expect(201);
      expect((await countyWindow.get(`/api/applications/${own.body.id}`).expect(200)).body.centerId).toBe(COUNTY);
      // The applicant itself applies online at any center.
      await alice.post('/api/applications', apply('county-only', COUNTY)).expect(201);
    });
  });

  describe('statistics', () => {
    beforeAll(async () => {
      // One planning review open in the city and one in the county (same department code, two departments).
      const city = (await alice.post('/api/applications', apply('permit', CITY)).expect(201)).body.id;
      await cityWindow.post(`/api/applications/${city}/accept`).expect(200);
      const county = (await alice.post('/api/applications', apply('county-only', COUNTY)).expect(201)).body.id;
      await countyWindow.post(`/api/applications/${county}/accept`).expect(200);
    });

    it('department statistics of two centers with the same department code stay separate', async () => {
      const overview = await citySuper.get('/api/supervision/overview').expect(200);
      const planning = overview.body.byDepartment.filter(
        (row: { department: string }) => row.department === 'planning',
      );
      expect(planning.map((row: { centerId: string }) => row.centerId).sort()).toEqual([CITY, COUNTY]);
      const cityRow = planning.find((row: { centerId: string }) => row.centerId === CITY);
      const countyRow = planning.find((row: { centerId: string }) => row.centerId === COUNTY);
      expect(cityRow).toMatchObject({ name: '自然资源和规划局', open: 1 });
      expect(countyRow.open).toBeGreaterThanOrEqual(2);

      const onTime = await citySuper.get('/api/supervision/statistics/on-time?by=department').expect(200);
      const rows = onTime.body.rows.filter((row: { key: string }) => row.key === 'planning');
      expect(rows.map((row: { centerId: string }) => row.centerId).sort()).toEqual([CITY, COUNTY]);
      const byItem = await citySuper.get('/api/supervision/statistics/on-time?by=item').expect(200);
      const permits = byItem.body.rows.filter((row: { key: string }) => row.key === 'permit');
      expect(permits.map((row: { centerId: string }) => row.centerId).sort()).toEqual([CITY, COUNTY]);

      const workload = await citySuper.get('/api/supervision/statistics/workload').expect(200);
      const open = workload.body.rows.filter((row: { department: string }) => row.department === 'planning');
      expect(open.map((row: { centerId: string }) => row.centerId).sort()).toEqual([CITY, COUNTY]);

      const csv = (await citySuper.get('/api/exports/statistics.csv').expect(200)).text;
      expect(csv.split('\n').filter((line) => line.startsWith('部门,') && line.includes(',planning,'))).toHaveLength(2);
    });

    it('a county sees its own figures only: never a sibling’s or its parent’s', async () => {
      const county = await countySuper.get('/api/supervision/overview').expect(200);
      expect(county.body.centers).toEqual([COUNTY]);
      expect(county.body.byDepartment.map((row: { centerId: string }) => row.centerId)).not.toContain(CITY);
      expect(county.body.runningItems.every((row: { centerId: string }) => row.centerId === COUNTY)).toBe(true);

      const sibling = await county2Super.get('/api/supervision/overview').expect(200);
      expect(sibling.body.centers).toEqual([COUNTY2]);
      expect(sibling.body.byDepartment).toEqual([]);
      expect(sibling.body.runningItems).toEqual([]);
      const onTime = await county2Super.get('/api/supervision/statistics/on-time?by=department').expect(200);
      expect(onTime.body.rows).toEqual([]);
      const workload = await county2Super.get('/api/supervision/statistics/workload').expect(200);
      expect(workload.body.rows).toEqual([]);
      const ledger = await county2Super.get('/api/supervision/ledger').expect(200);
      expect(ledger.body).toEqual([]);
      const csv = (await county2Super.get('/api/exports/statistics.csv').expect(200)).text;
      expect(csv).not.toContain('planning');
    });
  });
});
