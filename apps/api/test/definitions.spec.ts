import { DataSource } from 'typeorm';
import { DefinitionsService } from '../src/modules/definitions';
import { loginAs, type Session } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/** A small flow that passes validateFlow: start → 受理 → one department's review → end. */
function validFlow(key: string, name = '测试流程') {
  return {
    key,
    name,
    timeLimit: { statutoryDays: 20, promisedDays: 10 },
    nodes: [
      { id: 'start', type: 'start' },
      {
        id: 'accept',
        type: 'acceptance',
        materials: [{ code: 'T01', name: '申请表', required: true }],
        timeLimit: { days: 1 },
      },
      { id: 'review', type: 'review', department: 'planning', assignees: { roles: ['reviewer'], users: [] } },
      { id: 'ok', type: 'end', outcome: 'approved' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'accept' },
      { id: 'e2', source: 'accept', target: 'review', on: 'accept' },
      { id: 'e3', source: 'review', target: 'ok', on: 'approve' },
    ],
  };
}

/** Well-formed JSON, but `orphan` is unreachable and `review` has nobody to do it. */
function invalidFlow(key: string) {
  const flow = validFlow(key, '有问题的流程');
  return {
    ...flow,
    nodes: [
      ...flow.nodes.map((node) => (node.id === 'review' ? { ...node, assignees: { roles: [], users: [] } } : node)),
      { id: 'orphan', type: 'notification', to: 'applicant' },
    ],
  };
}

describe('flow definitions (admin)', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;

  beforeAll(async () => {
    server = await startTestApp();
    admin = await loginAs(server, 'admin');
    alice = await loginAs(server, 'alice');
  });
  afterAll(() => server.close());

  const flowRows = (key: string): Promise<{ version: number; status: string }[]> =>
    server.app
      .get(DataSource)
      .query(`SELECT version, status FROM flow_definition WHERE key = $1 ORDER BY version`, [key]);

  describe('access', () => {
    it('needs a login (401) and the admin role (403) on every route', async () => {
      const withoutToken = await server.http.get('/api/definitions');
      expect(withoutToken.status).toBe(401);
      expect(withoutToken.body.error.code).toBe('UNAUTHORIZED');
      await server.http.post('/api/definitions').send(validFlow('anon-flow')).expect(401);
      await server.http.post('/api/definitions/validate').send(validFlow('anon-flow')).expect(401);

      const asApplicant = await alice.get('/api/definitions');
      expect(asApplicant.status).toBe(403);
      expect(asApplicant.body.error.code).toBe('FORBIDDEN');
      await alice.post('/api/definitions', validFlow('alice-flow')).expect(403);
      await alice.post('/api/definitions/construction-permit/publish').expect(403);
      await alice.get('/api/definitions/construction-permit').expect(403);
      expect(await flowRows('alice-flow')).toEqual([]);
    });
  });

  describe('drafts', () => {
    it('saves a new key as version 1 and every later save as the next version', async () => {
      const first = await admin.post('/api/definitions', validFlow('draft-numbering', '第一稿')).expect(201);
      expect(first.body).toEqual({ key: 'draft-numbering', version: 1, status: 'draft' });
      const second = await admin.post('/api/definitions', validFlow('draft-numbering', '第二稿')).expect(201);
      expect(second.body).toEqual({ key: 'draft-numbering', version: 2, status: 'draft' });

      const latest = await admin.get('/api/definitions/draft-numbering').expect(200);
      expect(latest.body).toMatchObject({
        key: 'draft-numbering',
        version: 2,
        status: 'draft',
        name: '第二稿',
        current: false,
      });
      expect(latest.body.definition).toMatchObject({ key: 'draft-numbering', name: '第二稿' });
      expect(latest.body.definition.nodes.map((node: { id: string }) => node.id)).toEqual([
        'start',
        'accept',
        'review',
        'ok',
      ]);

      const first1 = await admin.get('/api/definitions/draft-numbering/versions/1').expect(200);
      expect(first1.body).toMatchObject({ version: 1, status: 'draft', name: '第一稿' });

      const versions = await admin.get('/api/definitions/draft-numbering/versions').expect(200);
      expect(versions.body.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
        [2, 'draft'],
        [1, 'draft'],
      ]);
      expect(versions.body[0].definition).toBeUndefined();
    });

    it('numbers concurrent saves of one key without gaps or clashes', async () => {
      const saves = await Promise.all(
        Array.from({ length: 5 }, (_, i) => admin.post('/api/definitions', validFlow('draft-concurrent', `稿 ${i}`))),
      );
      expect(saves.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
      expect(saves.map((response) => response.body.version).sort()).toEqual([1, 2, 3, 4, 5]);
    });

    it('keeps a draft that fails validation (the designer saves work in progress)', async () => {
      const saved = await admin.post('/api/definitions', invalidFlow('draft-invalid')).expect(201);
      expect(saved.body).toEqual({ key: 'draft-invalid', version: 1, status: 'draft' });
      const stored = await admin.get('/api/definitions/draft-invalid').expect(200);
      expect(stored.body.definition.nodes.map((node: { id: string }) => node.id)).toContain('orphan');
    });

    it('fills in the schema defaults it stores (review mode, join policy)', async () => {
      await admin.post('/api/definitions', validFlow('draft-defaults')).expect(201);
      const stored = await admin.get('/api/definitions/draft-defaults').expect(200);
      const review = stored.body.definition.nodes.find((node: { id: string }) => node.id === 'review');
      expect(review.mode).toBe('any');
    });

    it('refuses JSON that does not have the flow shape with 400, naming the node', async () => {
      const flow = validFlow('draft-shape');
      const response = await admin
        .post('/api/definitions', { ...flow, nodes: [...flow.nodes, { id: 'weird', type: 'teleport' }] })
        .expect(400);
      expect(response.body.error.code).toBe('FLOW_SCHEMA_INVALID');
      expect(response.body.error.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'SCHEMA_INVALID', nodeId: 'weird' })]),
      );
      expect(await flowRows('draft-shape')).toEqual([]);
    });

    it('refuses a bad key, a missing name, nodes that are not a list and a body that is not an object', async () => {
      for (const body of [
        { ...validFlow('x'), key: 'Not A Key' },
        { ...validFlow('draft-noname'), name: undefined },
        { ...validFlow('draft-nodes'), nodes: 'start' },
        ['not', 'a', 'flow'],
      ]) {
        const response = await admin.post('/api/definitions', body);
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('FLOW_SCHEMA_INVALID');
        expect(Array.isArray(response.body.error.details)).toBe(true);
      }
      expect(await flowRows('draft-noname')).toEqual([]);
    });
  });

  describe("the publishing center's directory", () => {
    /** The review names a department, a role and a user that the demo city does not have. */
    const strangerFlow = (key: string) => {
      const flow = validFlow(key);
      const review = { ...flow.nodes[2], department: 'customs', assignees: { roles: ['chief'], users: ['ghost'] } };
      return { ...flow, nodes: flow.nodes.map((node) => (node.id === 'review' ? review : node)) };
    };

    it('validate marks unknown departments, roles and users on the review', async () => {
      const response = await admin.post('/api/definitions/validate', strangerFlow('stranger')).expect(200);
      expect(response.body.valid).toBe(false);
      expect(response.body.errors.map((e: { code: string; nodeId: string }) => [e.code, e.nodeId])).toEqual([
        ['UNKNOWN_DEPARTMENT', 'review'],
        ['UNKNOWN_ROLE', 'review'],
        ['UNKNOWN_USER', 'review'],
      ]);
    });

    it('publish refuses them (422) and the draft shows them', async () => {
      await admin.post('/api/definitions', strangerFlow('stranger-publish')).expect(201);
      const refused = await admin.post('/api/definitions/stranger-publish/publish').expect(422);
      expect(refused.body.error.details.map((e: { code: string }) => e.code)).toEqual([
        'UNKNOWN_DEPARTMENT',
        'UNKNOWN_ROLE',
        'UNKNOWN_USER',
      ]);
      expect(await flowRows('stranger-publish')).toEqual([{ version: 1, status: 'draft' }]);
      const draft = await admin.get('/api/definitions/stranger-publish').expect(200);
      expect(draft.body.errors.map((e: { code: string }) => e.code)).toEqual([
        'UNKNOWN_DEPARTMENT',
        'UNKNOWN_ROLE',
        'UNKNOWN_USER',
      ]);
    });

    it("checks against the flow's own center: the county has no fire department, the city has", async () => {
      const fire = validFlow('fire-review');
      const flow = { ...fire, nodes: fire.nodes.map((n) => (n.id === 'review' ? { ...n, department: 'fire' } : n)) };
      const county = await loginAs(server, 'county-admin');
      await county.post('/api/definitions', flow).expect(201);
      const refused = await county.post('/api/definitions/fire-review/publish').expect(422);
      expect(refused.body.error.details).toEqual([
        expect.objectContaining({ code: 'UNKNOWN_DEPARTMENT', nodeId: 'review' }),
      ]);
      // The flow is the county's and runs on county items: the city may publish it, checked against the county.
      const byCity = await admin.post('/api/definitions/fire-review/publish').expect(422);
      expect(byCity.body.error.details).toEqual([
        expect.objectContaining({ code: 'UNKNOWN_DEPARTMENT', nodeId: 'review' }),
      ]);
      await admin.post('/api/definitions', { ...fire, key: 'city-fire-review', nodes: flow.nodes }).expect(201);
      await admin.post('/api/definitions/city-fire-review/publish').expect(200);
    });
  });

  describe('validate', () => {
    it('answers 200 valid for a good flow and saves nothing', async () => {
      const response = await admin.post('/api/definitions/validate', validFlow('validate-only')).expect(200);
      expect(response.body).toEqual({ valid: true, errors: [] });
      expect(await flowRows('validate-only')).toEqual([]);
    });

    it('answers 200 with every error, each naming its node', async () => {
      const response = await admin.post('/api/definitions/validate', invalidFlow('validate-bad')).expect(200);
      expect(response.body.valid).toBe(false);
      const nodeIds = response.body.errors.map((error: { nodeId?: string }) => error.nodeId);
      expect(nodeIds).toEqual(expect.arrayContaining(['orphan', 'review']));
      for (const error of response.body.errors) {
        expect(typeof error.code).toBe('string');
        expect(typeof error.message).toBe('string');
      }
    });

    it('reports schema problems as errors too, not as a failed request', async () => {
      const response = await admin.post('/api/definitions/validate', { key: 'x' }).expect(200);
      expect(response.body.valid).toBe(false);
      expect(response.body.errors[0].code).toBe('SCHEMA_INVALID');
    });
  });

  describe('publish', () => {
    it('refuses an invalid draft with 422 FLOW_INVALID listing node ids; the draft stays a draft', async () => {
      await admin.post('/api/definitions', invalidFlow('publish-invalid')).expect(201);
      const response = await admin.post('/api/definitions/publish-invalid/publish').expect(422);
      expect(response.body.error.code).toBe('FLOW_INVALID');
      const nodeIds = response.body.error.details.map((error: { nodeId?: string }) => error.nodeId);
      expect(nodeIds).toEqual(expect.arrayContaining(['orphan', 'review']));
      expect(await flowRows('publish-invalid')).toEqual([{ version: 1, status: 'draft' }]);
      expect(await server.app.get(DefinitionsService).latestPublished('publish-invalid')).toBeNull();
    });

    it('publishes the latest draft; the list, the version and the service then show it', async () => {
      await admin.post('/api/definitions', validFlow('publish-ok', '旧稿')).expect(201);
      await admin.post('/api/definitions', validFlow('publish-ok', '新稿')).expect(201);
      const published = await admin.post('/api/definitions/publish-ok/publish').expect(200);
      expect(published.body).toEqual({ key: 'publish-ok', version: 2, status: 'published' });

      const version = await admin.get('/api/definitions/publish-ok/versions/2').expect(200);
      expect(version.body).toMatchObject({ status: 'published', current: true });
      expect(version.body.publishedAt).toEqual(expect.any(String));
      expect((await admin.get('/api/definitions/publish-ok/versions/1').expect(200)).body.status).toBe('draft');

      const list = await admin.get('/api/definitions').expect(200);
      expect(list.body.find((flow: { key: string }) => flow.key === 'publish-ok')).toEqual({
        key: 'publish-ok',
        name: '新稿',
        latestVersion: 2,
        status: 'published',
        publishedVersion: 2,
        updatedAt: expect.any(String),
        centerId: 'demo-city',
        editable: true,
      });

      const service = server.app.get(DefinitionsService);
      const latest = await service.latestPublished('publish-ok');
      expect(latest).toMatchObject({ key: 'publish-ok', version: 2, status: 'published', name: '新稿' });
      expect(latest?.definition.nodes).toHaveLength(4);
      expect((await service.get(await service.accessTo('publish-ok', 'demo-city'), 1)).status).toBe('draft');
    });

    it('keeps the publisher and the version note, and names people (系统内置 files are marked shipped)', async () => {
      await admin.post('/api/definitions', validFlow('publish-note', '带说明')).expect(201);
      await admin
        .post('/api/definitions/publish-note/publish')
        .send({ version: 1, note: '  首次发布：补充消防审查  ' })
        .expect(200);
      const [version] = (await admin.get('/api/definitions/publish-note/versions').expect(200)).body;
      expect(version).toMatchObject({
        createdBy: 'admin',
        createdByName: '管理员',
        shipped: false,
        publishedBy: 'admin',
        publishedByName: '管理员',
        note: '首次发布：补充消防审查',
      });
      const detail = await admin.get('/api/definitions/publish-note/versions/1').expect(200);
      expect(detail.body).toMatchObject({ note: '首次发布：补充消防审查', createdByName: '管理员' });

      const shipped = (await admin.get('/api/definitions/parallel-review/versions').expect(200)).body.at(-1);
      expect(shipped).toMatchObject({ shipped: true, createdByName: null, note: null });

      const tooLong = await admin
        .post('/api/definitions/publish-note/publish')
        .send({ version: 1, note: '长'.repeat(501) })
        .expect(400);
      expect(tooLong.body.error.code).toEqual(expect.any(String));
    });

    it('publishes a given version on request', async () => {
      await admin.post('/api/definitions', validFlow('publish-given', '一')).expect(201);
      await admin.post('/api/definitions', invalidFlow('publish-given')).expect(201);
      const response = await admin.post('/api/definitions/publish-given/publish', { version: 1 }).expect(200);
      expect(response.body).toEqual({ key: 'publish-given', version: 1, status: 'published' });
      expect(await flowRows('publish-given')).toEqual([
        { version: 1, status: 'published' },
        { version: 2, status: 'draft' },
      ]);
    });

    it('does not publish content identical to the current version again (layout ignored)', async () => {
      await admin.post('/api/definitions', validFlow('publish-same')).expect(201);
      await admin.post('/api/definitions/publish-same/publish').expect(200);
      // Publishing with no draft left answers with the current version.
      const again = await admin.post('/api/definitions/publish-same/publish').expect(200);
      expect(again.body).toEqual({ key: 'publish-same', version: 1, status: 'published' });

      const moved = { ...validFlow('publish-same'), layout: { start: { x: 10, y: 20 } } };
      expect((await admin.post('/api/definitions', moved).expect(201)).body.version).toBe(2);
      const same = await admin.post('/api/definitions/publish-same/publish').expect(200);
      expect(same.body).toEqual({ key: 'publish-same', version: 1, status: 'published' });
      expect(await flowRows('publish-same')).toEqual([
        { version: 1, status: 'published' },
        { version: 2, status: 'draft' },
      ]);
    });

    it('keeps older published versions published; the newest is the one new applications use', async () => {
      await admin.post('/api/definitions', validFlow('publish-two', '第一版')).expect(201);
      await admin.post('/api/definitions/publish-two/publish').expect(200);
      await admin.post('/api/definitions', validFlow('publish-two', '第二版')).expect(201);
      await admin.post('/api/definitions/publish-two/publish').expect(200);

      const versions = await admin.get('/api/definitions/publish-two/versions').expect(200);
      expect(
        versions.body.map((v: { version: number; status: string; current: boolean }) => [
          v.version,
          v.status,
          v.current,
        ]),
      ).toEqual([
        [2, 'published', true],
        [1, 'published', false],
      ]);
      expect((await server.app.get(DefinitionsService).latestPublished('publish-two'))?.version).toBe(2);
    });

    it('refuses to publish a draft older than the current published version (409)', async () => {
      await admin.post('/api/definitions', validFlow('publish-stale', '旧草稿')).expect(201);
      await admin.post('/api/definitions', validFlow('publish-stale', '新版')).expect(201);
      await admin.post('/api/definitions/publish-stale/publish', { version: 2 }).expect(200);
      const stale = await admin.post('/api/definitions/publish-stale/publish', { version: 1 }).expect(409);
      expect(stale.body.error.code).toBe('DRAFT_SUPERSEDED');
      expect(await flowRows('publish-stale')).toEqual([
        { version: 1, status: 'draft' },
        { version: 2, status: 'published' },
      ]);
    });

    it('refuses a malformed publish body with 400', async () => {
      await admin.post('/api/definitions', validFlow('publish-body')).expect(201);
      const response = await admin.post('/api/definitions/publish-body/publish', { version: 'latest' }).expect(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(await flowRows('publish-body')).toEqual([{ version: 1, status: 'draft' }]);
    });
  });

  describe('not found', () => {
    it('answers 404 for an unknown key or version', async () => {
      for (const path of [
        '/api/definitions/no-such-flow',
        '/api/definitions/no-such-flow/versions',
        '/api/definitions/no-such-flow/versions/1',
      ]) {
        const response = await admin.get(path).expect(404);
        expect(response.body.error.code).toBe('DEFINITION_NOT_FOUND');
      }
      const version = await admin.get('/api/definitions/construction-permit/versions/999').expect(404);
      expect(version.body.error.code).toBe('DEFINITION_VERSION_NOT_FOUND');
      const publish = await admin.post('/api/definitions/no-such-flow/publish').expect(404);
      expect(publish.body.error.code).toBe('DEFINITION_NOT_FOUND');
      const publishVersion = await admin
        .post('/api/definitions/construction-permit/publish', { version: 999 })
        .expect(404);
      expect(publishVersion.body.error.code).toBe('DEFINITION_VERSION_NOT_FOUND');
    });

    it('answers 400 for a version that is not a number', async () => {
      const response = await admin.get('/api/definitions/construction-permit/versions/latest').expect(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    });

    it('service.get throws the same 404 codes', async () => {
      const service = server.app.get(DefinitionsService);
      await expect(service.accessTo('no-such-flow', 'demo-city')).rejects.toMatchObject({
        response: { code: 'DEFINITION_NOT_FOUND' },
      });
      const access = await service.accessTo('construction-permit', 'demo-city');
      await expect(service.get(access, 999)).rejects.toMatchObject({
        response: { code: 'DEFINITION_VERSION_NOT_FOUND' },
      });
      await expect(service.latestPublished('no-such-flow')).resolves.toBeNull();
    });
  });

  describe('shipped flows', () => {
    it('publishes every workflows/*.json at start-up', async () => {
      const list = await admin.get('/api/definitions').expect(200);
      for (const key of ['construction-permit', 'instant', 'one-time-notice', 'parallel-review']) {
        expect(list.body.find((flow: { key: string }) => flow.key === key)).toMatchObject({
          latestVersion: 1,
          status: 'published',
          publishedVersion: 1,
        });
      }
      const permit = await admin.get('/api/definitions/construction-permit').expect(200);
      expect(permit.body).toMatchObject({
        name: '建设工程规划许可证核发',
        createdBy: 'workflows/construction-permit.json',
      });
    });
  });
});
