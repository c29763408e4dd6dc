import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { readAppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { CatalogService } from '../src/modules/catalog';
import { loginAs, type Session } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const repoWorkflows = path.resolve(__dirname, '../../../workflows');

/** The materials of a shipped flow's acceptance node, as the catalog must publish them. */
function shippedMaterials(flowKey: string) {
  const flow = JSON.parse(fs.readFileSync(path.join(repoWorkflows, `${flowKey}.json`), 'utf8'));
  return flow.nodes.find((node: { type: string }) => node.type === 'acceptance').materials;
}

function newItem(code: string, overrides: object = {}) {
  return {
    code,
    name: '测试事项',
    department: '自然资源和规划局',
    legalBasis: '《中华人民共和国行政许可法》第四十二条',
    flowKey: 'parallel-review',
    statutoryDays: 20,
    promisedDays: 10,
    fees: '不收费',
    windowAuthority: '综合窗口',
    ...overrides,
  };
}

describe('service catalog (八公开)', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;

  beforeAll(async () => {
    server = await startTestApp();
    admin = await loginAs(server, 'admin');
    alice = await loginAs(server, 'alice');
  });
  afterAll(() => server.close());

  const itemCount = async (code: string): Promise<number> =>
    Number(
      (await server.app.get(DataSource).query(`SELECT count(*) AS n FROM catalog_item WHERE code = $1`, [code]))[0].n,
    );

  describe('the demo catalog', () => {
    it('is public: listed without a token, every item of the demo city', async () => {
      const response = await server.http.get('/api/catalog').expect(200);
      const codes = response.body.map((item: { code: string }) => item.code);
      expect(codes).toEqual(
        expect.arrayContaining(['construction-permit', 'parallel-review', 'one-time-notice', 'instant']),
      );
      for (const item of response.body) expect(item.centerId).toBe('demo-city');
    });

    it('publishes the construction permit as its 办事指南 says, with the flow’s acceptance materials', async () => {
      const response = await server.http.get('/api/catalog/construction-permit').expect(200);
      expect(response.body).toMatchObject({
        code: 'construction-permit',
        name: '建设工程规划许可证核发',
        department: '自然资源和规划局',
        flowKey: 'construction-permit',
        statutoryDays: 20,
        promisedDays: 10,
        fees: '不收费',
        windowAuthority: '市政务服务中心自然资源和规划局窗口（首席代表）',
        centerId: 'demo-city',
      });
      expect(response.body.legalBasis).toContain('《中华人民共和国城乡规划法》第四十条');
      expect(response.body.materials).toEqual(shippedMaterials('construction-permit'));
      expect(response.body.materials.map((m: { code: string }) => m.code)).toEqual([
        'P01',
        'P02',
        'P03',
        'P04',
        'P05',
        'P06',
      ]);
    });

    it('gives every demo item its flow’s materials and a promise within the statutory limit', async () => {
      for (const code of ['parallel-review', 'one-time-notice', 'instant']) {
        const item = (await server.http.get(`/api/catalog/${code}`).expect(200)).body;
        expect(item.flowKey).toBe(code);
        expect(item.materials).toEqual(shippedMaterials(code));
        expect(item.promisedDays).toBeLessThanOrEqual(item.statutoryDays);
        expect(item.legalBasis).toMatch(/《.+》/);
      }
      const instant = (await server.http.get('/api/catalog/instant').expect(200)).body;
      expect(instant).toMatchObject({ name: '公司设立登记（即办件）', statutoryDays: 3, promisedDays: 0 });
      const notice = (await server.http.get('/api/catalog/one-time-notice').expect(200)).body;
      expect(notice).toMatchObject({ statutoryDays: 10, promisedDays: 7, department: '消防救援支队' });
    });

    it('answers 404 for an unknown item, without a token', async () => {
      const response = await server.http.get('/api/catalog/no-such-item').expect(404);
      expect(response.body.error.code).toBe('CATALOG_ITEM_NOT_FOUND');
    });

    it('is served by CatalogService.get for the applications module', async () => {
      const item = await server.app.get(CatalogService).get('instant');
      expect(item.materials.map((m) => m.code)).toEqual(['C01', 'C02', 'C03', 'C04', 'C05']);
      await expect(server.app.get(CatalogService).get('no-such-item')).rejects.toMatchObject({
        response: { code: 'CATALOG_ITEM_NOT_FOUND' },
      });
    });
  });

  describe('search', () => {
    it('finds items by part of their name', async () => {
      const response = await server.http.get('/api/catalog').query({ q: '规划许可' }).expect(200);
      expect(response.body.map((item: { code: string }) => item.code)).toEqual(['construction-permit']);
      const company = await server.http.get('/api/catalog').query({ q: '公司' }).expect(200);
      expect(company.body.map((item: { code: string }) => item.code)).toEqual(['instant']);
    });

    it('finds nothing for a name no item has, and treats % and _ literally', async () => {
      expect((await server.http.get('/api/catalog').query({ q: '护照' }).expect(200)).body).toEqual([]);
      expect((await server.http.get('/api/catalog').query({ q: '%' }).expect(200)).body).toEqual([]);
      expect((await server.http.get('/api/catalog').query({ q: '_' }).expect(200)).body).toEqual([]);
    });

    it('filters by center', async () => {
      expect((await server.http.get('/api/catalog').query({ center: 'demo-county' }).expect(200)).body).toEqual([]);
      const city = await server.http.get('/api/catalog').query({ center: 'demo-city', q: '消防' }).expect(200);
      expect(city.body.map((item: { code: string }) => item.code)).toEqual(['one-time-notice']);
    });
  });

  describe('creating items', () => {
    it('needs a login (401) and the admin role (403)', async () => {
      const anonymous = await server.http.post('/api/catalog').send(newItem('anon-item'));
      expect(anonymous.status).toBe(401);
      const applicant = await alice.post('/api/catalog', newItem('alice-item'));
      expect(applicant.status).toBe(403);
      expect(applicant.body.error.code).toBe('FORBIDDEN');
      expect(await itemCount('anon-item')).toBe(0);
      expect(await itemCount('alice-item')).toBe(0);
    });

    it('creates an item of the admin’s center with the flow’s materials (201), then lists it', async () => {
      const response = await admin
        .post(
          '/api/catalog',
          newItem('new-joint-item', {
            materials: [{ code: 'M01', name: '申请表', required: true }],
            centerId: 'elsewhere',
          }),
        )
        .expect(201);
      expect(response.body).toMatchObject({
        code: 'new-joint-item',
        centerId: 'demo-city',
        statutoryDays: 20,
        promisedDays: 10,
      });
      expect(response.body.materials).toEqual(shippedMaterials('parallel-review'));
      const listed = await server.http.get('/api/catalog').query({ q: 'new-joint' }).expect(200);
      expect(listed.body).toHaveLength(1);
      expect((await server.http.get('/api/catalog/new-joint-item').expect(200)).body.name).toBe('测试事项');
    });

    it('allows a promise of 0 days (即办件) and a promise equal to the statutory limit', async () => {
      await admin
        .post('/api/catalog', newItem('zero-promise', { flowKey: 'instant', statutoryDays: 3, promisedDays: 0 }))
        .expect(201);
      await admin.post('/api/catalog', newItem('equal-promise', { statutoryDays: 20, promisedDays: 20 })).expect(201);
    });

    it('refuses a promised limit above the statutory one (400)', async () => {
      const response = await admin
        .post('/api/catalog', newItem('over-promise', { statutoryDays: 20, promisedDays: 21 }))
        .expect(400);
      expect(response.body.error.code).toBe('PROMISE_EXCEEDS_STATUTORY');
      expect(await itemCount('over-promise')).toBe(0);
    });

    it('refuses an unknown flow and a flow that is only a draft (400 FLOW_NOT_PUBLISHED)', async () => {
      const unknown = await admin
        .post('/api/catalog', newItem('unknown-flow', { flowKey: 'no-such-flow' }))
        .expect(400);
      expect(unknown.body.error.code).toBe('FLOW_NOT_PUBLISHED');

      const draft = JSON.parse(fs.readFileSync(path.join(repoWorkflows, 'instant.json'), 'utf8'));
      await admin.post('/api/definitions', { ...draft, key: 'draft-only-flow' }).expect(201);
      const draftOnly = await admin
        .post('/api/catalog', newItem('draft-flow', { flowKey: 'draft-only-flow' }))
        .expect(400);
      expect(draftOnly.body.error.code).toBe('FLOW_NOT_PUBLISHED');
      expect(await itemCount('unknown-flow')).toBe(0);
      expect(await itemCount('draft-flow')).toBe(0);

      await admin.post('/api/definitions/draft-only-flow/publish').expect(200);
      await admin
        .post('/api/catalog', newItem('draft-flow', { flowKey: 'draft-only-flow', statutoryDays: 3, promisedDays: 0 }))
        .expect(201);
    });

    it('refuses materials the flow does not know (400)', async () => {
      const response = await admin
        .post(
          '/api/catalog',
          newItem('odd-materials', { materials: [{ code: 'M01' }, { code: 'X99', name: '不存在', required: true }] }),
        )
        .expect(400);
      expect(response.body.error.code).toBe('MATERIALS_MISMATCH');
      expect(response.body.error.details.notInFlow).toEqual(['X99']);
    });

    it('refuses a duplicate code with 409 and leaves the first item alone', async () => {
      await admin.post('/api/catalog', newItem('dup-item', { name: '第一个' })).expect(201);
      const response = await admin.post('/api/catalog', newItem('dup-item', { name: '第二个' })).expect(409);
      expect(response.body.error.code).toBe('CATALOG_ITEM_EXISTS');
      expect((await server.http.get('/api/catalog/dup-item').expect(200)).body.name).toBe('第一个');
    });

    it('refuses malformed input with 400 VALIDATION_FAILED', async () => {
      for (const body of [
        newItem('bad-days', { statutoryDays: -1 }),
        newItem('bad-days2', { promisedDays: 2.5 }),
        newItem('bad code with spaces'),
        { code: 'missing-fields' },
        newItem('bad-dup-materials', { materials: [{ code: 'M01' }, { code: 'M01' }] }),
      ]) {
        const response = await admin.post('/api/catalog', body);
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('VALIDATION_FAILED');
      }
      expect(await itemCount('missing-fields')).toBe(0);
    });
  });

  describe('updating items', () => {
    beforeAll(async () => {
      await admin.post('/api/catalog', newItem('editable', { promisedDays: 10 })).expect(201);
    });

    it('replaces the fields (200) and the public page shows the change', async () => {
      const response = await admin
        .put('/api/catalog/editable', newItem('editable', { promisedDays: 5, fees: '工本费 10 元' }))
        .expect(200);
      expect(response.body).toMatchObject({
        code: 'editable',
        promisedDays: 5,
        fees: '工本费 10 元',
        centerId: 'demo-city',
      });
      expect((await server.http.get('/api/catalog/editable').expect(200)).body).toMatchObject({
        promisedDays: 5,
        fees: '工本费 10 元',
      });
    });

    it('accepts a body without the code', async () => {
      const { code: _code, ...fields } = newItem('editable', { name: '改名后的事项', promisedDays: 5 });
      await admin.put('/api/catalog/editable', fields).expect(200);
      expect((await server.http.get('/api/catalog/editable').expect(200)).body.name).toBe('改名后的事项');
    });

    it('applies the same rules as creation', async () => {
      const over = await admin
        .put('/api/catalog/editable', newItem('editable', { statutoryDays: 5, promisedDays: 6 }))
        .expect(400);
      expect(over.body.error.code).toBe('PROMISE_EXCEEDS_STATUTORY');
      const flow = await admin
        .put('/api/catalog/editable', newItem('editable', { flowKey: 'no-such-flow' }))
        .expect(400);
      expect(flow.body.error.code).toBe('FLOW_NOT_PUBLISHED');
      const code = await admin.put('/api/catalog/editable', newItem('other-code')).expect(400);
      expect(code.body.error.code).toBe('CODE_MISMATCH');
      expect((await server.http.get('/api/catalog/editable').expect(200)).body).toMatchObject({
        promisedDays: 5,
        flowKey: 'parallel-review',
      });
    });

    it('answers 404 for an unknown item', async () => {
      const response = await admin.put('/api/catalog/no-such-item', newItem('no-such-item')).expect(404);
      expect(response.body.error.code).toBe('CATALOG_ITEM_NOT_FOUND');
      expect(await itemCount('no-such-item')).toBe(0);
    });

    it('is for admins (401, 403) of the item’s own center (403)', async () => {
      await server.http
        .put('/api/catalog/editable')
        .send(newItem('editable', { promisedDays: 1 }))
        .expect(401);
      await alice.put('/api/catalog/editable', newItem('editable', { promisedDays: 1 })).expect(403);
      const countyAdmin = await loginAs(server, 'county-admin');
      const response = await countyAdmin
        .put('/api/catalog/editable', newItem('editable', { promisedDays: 1 }))
        .expect(403);
      expect(response.body.error.code).toBe('NOT_YOUR_CENTER');
      expect((await server.http.get('/api/catalog/editable').expect(200)).body.promisedDays).toBe(5);
    });
  });

  describe('demo seeding on restart', () => {
    it('adds nothing twice and keeps an administrator’s edits', async () => {
      await admin
        .put('/api/catalog/construction-permit', {
          ...(await server.http.get('/api/catalog/construction-permit')).body,
          promisedDays: 2,
        })
        .expect(200);
      const before = await server.app
        .get(DataSource)
        .query(`SELECT code, promised_days FROM catalog_item ORDER BY code`);

      const config = readAppConfig({ ...process.env, DATABASE_URL: server.databaseUrl });
      const second = await createApp({ config, databaseUrl: server.databaseUrl });
      await second.init();
      await second.close();

      expect(
        await server.app.get(DataSource).query(`SELECT code, promised_days FROM catalog_item ORDER BY code`),
      ).toEqual(before);
      expect((await server.http.get('/api/catalog/construction-permit').expect(200)).body.promisedDays).toBe(2);
    });
  });
});

describe('service catalog outside demo mode', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ DEMO: 'false' });
  });
  afterAll(() => server.close());

  it('seeds no items, although the shipped flows are published', async () => {
    expect((await server.http.get('/api/catalog').expect(200)).body).toEqual([]);
    const flows = await server.app.get(DataSource).query(`SELECT key FROM flow_definition WHERE status = 'published'`);
    expect(flows.length).toBeGreaterThan(0);
  });
});
