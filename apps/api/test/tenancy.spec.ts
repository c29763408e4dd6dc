import { loginAs, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

// 三级联网: centers share one deployment; a parent center's supervisors see their children's figures.
describe('centers as tenants', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-10-12') });
  });
  afterAll(() => server.close());

  it('keeps a county item in the county and shows it to the city supervisor, not to the county the city’s', async () => {
    const countyAdmin = await loginAs(server, 'county-admin');
    const cityItem = (await countyAdmin.get('/api/catalog/parallel-review').expect(200)).body;
    const created = await countyAdmin
      .post('/api/catalog', { ...cityItem, code: 'county-parallel-review', name: '县级联合审查' })
      .expect(201);
    expect(created.body.centerId).toBe('demo-county');

    const alice = await loginAs(server, 'alice');
    const countyApp = await alice
      .post('/api/applications', {
        itemCode: 'county-parallel-review',
        channel: 'online',
        materials: [{ code: 'M01' }, { code: 'M02' }, { code: 'M03' }],
      })
      .expect(201);
    const cityApp = await alice
      .post('/api/applications', {
        itemCode: 'parallel-review',
        channel: 'online',
        materials: [{ code: 'M01' }, { code: 'M02' }, { code: 'M03' }],
      })
      .expect(201);

    const citySupervisor = await loginAs(server, 'super1');
    const overview = await citySupervisor.get('/api/supervision/overview').expect(200);
    expect(overview.body.centers).toEqual(expect.arrayContaining(['demo-city', 'demo-county']));
    const cityList = await citySupervisor.get('/api/applications').expect(200);
    const cityIds = cityList.body.map((row: { id: string }) => row.id);
    expect(cityIds).toEqual(expect.arrayContaining([countyApp.body.id, cityApp.body.id]));

    const countyList = await countyAdmin.get('/api/applications').expect(200);
    const countyIds = countyList.body.map((row: { id: string }) => row.id);
    expect(countyIds).toContain(countyApp.body.id);
    expect(countyIds).not.toContain(cityApp.body.id);
    expect((await countyAdmin.get(`/api/applications/${cityApp.body.id}`)).status).toBe(404);

    const window1 = await loginAs(server, 'window1');
    const foreign = await window1.post(`/api/applications/${countyApp.body.id}/accept`);
    expect(foreign.status).toBe(404);
  });
});
