import { loginAs, type Session, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

describe('the procedure of an item and of an application: GET …/flow', () => {
  let server: TestApp;
  let alice: Session;
  let bob: Session;
  let window1: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [alice, bob, window1] = await Promise.all(['alice', 'bob', 'window1'].map((name) => loginAs(server, name)));
  });
  afterAll(() => server.close());

  it("shows an item's published flow to anyone, without who is assigned", async () => {
    const flow = await server.http.get('/api/catalog/construction-permit/flow').expect(200);
    expect(flow.body).toMatchObject({ flowKey: 'construction-permit', flowVersion: 1, name: '建设工程规划许可证核发' });
    const ids = flow.body.definition.nodes.map((node: { id: string }) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['accept', 'plan', 'fire', 'env', 'join', 'issue']));
    expect(flow.body.definition.nodes.some((node: object) => 'assignees' in node)).toBe(false);
    expect(flow.body.definition.edges.length).toBeGreaterThan(0);
    // The applicant's diagram shows department names, not codes.
    expect(flow.body.departmentNames).toMatchObject({ planning: '自然资源和规划局', fire: '消防救援支队' });
    const missing = await server.http.get('/api/catalog/no-such-item/flow').expect(404);
    expect(missing.body).toEqual({ error: { code: 'CATALOG_ITEM_NOT_FOUND', message: expect.any(String) } });
  });

  it("shows an application's own flow version to its applicant and the center's staff only", async () => {
    const submitted = await alice
      .post('/api/applications', {
        itemCode: 'construction-permit',
        channel: 'online',
        materials: [{ code: 'P01' }],
        data: {},
      })
      .expect(201);
    const id = submitted.body.id;
    const view = await alice.get(`/api/applications/${id}`).expect(200);
    const flow = await alice.get(`/api/applications/${id}/flow`).expect(200);
    expect(flow.body).toMatchObject({ flowKey: view.body.flowKey, flowVersion: view.body.flowVersion });
    expect(flow.body.departmentNames.environment).toBe('生态环境局');
    await window1.get(`/api/applications/${id}/flow`).expect(200);
    expect((await bob.get(`/api/applications/${id}/flow`).expect(404)).body.error.code).toBe('APPLICATION_NOT_FOUND');
    await server.http.get(`/api/applications/${id}/flow`).expect(401);
  });
});
