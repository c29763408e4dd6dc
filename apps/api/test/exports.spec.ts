import { loginAs, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const INSTANT = ['C01', 'C02', 'C03', 'C04', 'C05'];
const BOM = '\uFEFF';

describe('电子监察 exports: /api/exports', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let window1: Session;
  let super1: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, alice, window1, super1] = await Promise.all(
      ['admin', 'alice', 'window1', 'super1'].map((name) => loginAs(server, name)),
    );
    // One instant item decided on the spot and rated 1 (a complaint whose comment tries a spreadsheet formula) …
    const instant = await alice.post('/api/applications', {
      itemCode: 'instant',
      channel: 'online',
      materials: INSTANT.map((code) => ({ code })),
      data: {},
    });
    await window1.post(`/api/applications/${instant.body.id}/accept`).expect(200);
    await alice
      .post('/api/ratings', { applicationId: instant.body.id, score: 1, comment: '=HYPERLINK("http://evil")' })
      .expect(201);
    // … and one parallel review whose environment step lapses into tacit approval.
    const review = await alice.post('/api/applications', {
      itemCode: 'parallel-review',
      channel: 'online',
      materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
      data: {},
    });
    await window1.post(`/api/applications/${review.body.id}/accept`).expect(200);
    await setClock(admin, shanghai('2026-10-09'));
  });
  afterAll(() => server.close());

  const text = (session: Session, path: string) =>
    session
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });

  it('exports the ledger as UTF-8 CSV with a BOM, Chinese headers, every kind of row, and formulas defused', async () => {
    const response = await text(super1, '/api/exports/ledger.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('问责台账.csv')}`,
    );
    const csv = response.body as string;
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '发生时间,类型,部门,经办人,责任人,受理编号,事项,环节,情况,整改期限,状态,销号时间,销号人,销号说明',
    );
    expect(lines.some((line) => line.includes(',差评投诉,') && line.includes(',未销号,'))).toBe(true);
    expect(lines.some((line) => line.includes(',超期默许,') && line.includes('生态环境局'))).toBe(true);
    expect(csv).toContain(`"差评投诉（1 分·非常不满意）：=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('gives on-time rate and average working days per department and per item, as JSON and as CSV', async () => {
    const figures = await super1.get('/api/exports/statistics').expect(200);
    const instant = figures.body.byItem.find((row: { key: string }) => row.key === 'instant');
    expect(instant).toMatchObject({
      name: '公司设立登记（即办件）',
      total: 1,
      finished: 1,
      onTime: 1,
      overdue: 0,
      onTimeRate: 1,
      avgWorkingDays: 0,
    });
    const environment = figures.body.byDepartment.find((row: { key: string }) => row.key === 'environment');
    expect(environment).toMatchObject({
      name: '生态环境局',
      total: 1,
      finished: 1,
      onTime: 0,
      overdue: 1,
      onTimeRate: 0,
    });

    const csv = (await text(super1, '/api/exports/statistics.csv')).body as string;
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('维度,名称,编码,总数,在办,办结,按时办结,超期,按时办结率,平均用时（工作日）');
    expect(csv).toContain('事项,公司设立登记（即办件）,instant,1,0,1,1,0,100%,0');
    expect(csv).toContain('部门,生态环境局,environment,1,0,1,0,1,0%,');
  });

  it('is for supervisors and admins only', async () => {
    await admin.get('/api/exports/ledger.csv').expect(200);
    expect((await alice.get('/api/exports/ledger.csv').expect(403)).body.error.code).toBe('FORBIDDEN');
    await window1.get('/api/exports/statistics').expect(403);
    await server.http.get('/api/exports/statistics.csv').expect(401);
  });
});
