import { DataSource } from 'typeorm';
import { loginAs, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const INSTANT = ['C01', 'C02', 'C03', 'C04', 'C05'];

describe('统一出证: GET /api/applications/{id}/certificate', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let window1: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, alice, bob, window1] = await Promise.all(
      ['admin', 'alice', 'bob', 'window1'].map((name) => loginAs(server, name)),
    );
  });
  afterAll(() => server.close());

  async function submit(session: Session, itemCode: string, materials: string[]) {
    const response = await session.post('/api/applications', {
      itemCode,
      channel: 'online',
      materials: materials.map((code) => ({ code })),
      data: {},
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  /** An instant item (即办件) is decided the moment the window accepts it. */
  async function decided(session: Session) {
    const id = await submit(session, 'instant', INSTANT);
    expect((await window1.post(`/api/applications/${id}/accept`).expect(200)).body.status).toBe('approved');
    return id;
  }

  it('numbers the result of a decided item once, per center and year, with item, applicant, decision, date and center', async () => {
    await setClock(admin, shanghai('2026-09-28', '10:00'));
    const first = await decided(alice);

    const certificate = await alice.get(`/api/applications/${first}/certificate`).expect(200);
    expect(certificate.body).toMatchObject({
      number: '〔2026〕通办证字第000001号',
      applicationId: first,
      itemCode: 'instant',
      itemName: '公司设立登记（即办件）',
      applicant: 'alice',
      applicantName: '王爱丽',
      decision: 'approved',
      decidedOn: '2026-09-28',
      submittedOn: '2026-09-28',
      centerName: '示范市政务服务中心',
      reason: null,
    });
    const again = await alice.get(`/api/applications/${first}/certificate`).expect(200);
    expect(again.body.number).toBe(certificate.body.number);

    const second = await decided(bob);
    expect((await bob.get(`/api/applications/${second}/certificate`).expect(200)).body.number).toBe(
      '〔2026〕通办证字第000002号',
    );
  });

  it('numbers results when the decision is made, in decision order, however late or in what order they are viewed', async () => {
    const a = await decided(alice);
    const b = await decided(bob);
    const numberOf = async (session: Session, id: string) =>
      (await session.get(`/api/applications/${id}/certificate`).expect(200)).body.number as string;
    const [numberB, numberA] = [await numberOf(bob, b), await numberOf(alice, a)];
    expect(numberA < numberB).toBe(true);
    expect(Number(numberB.match(/第(\d+)号/)![1])).toBe(Number(numberA.match(/第(\d+)号/)![1]) + 1);
  });

  it('numbers an item decided before numbering moved to the decision on its first view, from the same counter', async () => {
    const legacy = await decided(alice);
    const db = server.app.get(DataSource);
    await db.query(`DELETE FROM certificate WHERE application_id = $1`, [legacy]);
    const later = await decided(bob);
    const numbers = await Promise.all([
      alice.get(`/api/applications/${legacy}/certificate`).expect(200),
      alice.get(`/api/applications/${legacy}/certificate`).expect(200),
    ]);
    expect(numbers[0].body.number).toBe(numbers[1].body.number);
    const laterNumber = (await bob.get(`/api/applications/${later}/certificate`).expect(200)).body.number;
    expect(numbers[0].body.number > laterNumber).toBe(true);
  });

  it('serves a printable, downloadable HTML document with the number', async () => {
    const id = await decided(alice);
    const page = await alice.get(`/api/applications/${id}/certificate/html`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(page.text).toContain('准予行政许可决定书');
    expect(page.text).toContain('通办证字第000008号');
    expect(page.text).toContain('示范市政务服务中心');
    // The item by its name only: its code (which reads like a flow key) is no business of the applicant's.
    expect(page.text).toContain('<dt>事项</dt><dd>公司设立登记（即办件）</dd>');
    expect(page.text).not.toContain('（instant）');
    expect(page.headers['content-disposition']).toBeUndefined();
    const download = await alice.get(`/api/applications/${id}/certificate/html?download=1`).expect(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
  });

  it('states the refusal and its reason for an item refused at the window', async () => {
    const id = await submit(alice, 'one-time-notice', ['F01', 'F02', 'F03', 'F04']);
    await window1.post(`/api/applications/${id}/reject`, { reason: '不属于本机关职权范围' }).expect(200);
    const certificate = await alice.get(`/api/applications/${id}/certificate`).expect(200);
    expect(certificate.body).toMatchObject({ decision: 'rejected', reason: '不属于本机关职权范围' });
    const page = await alice.get(`/api/applications/${id}/certificate/html`).expect(200);
    expect(page.text).toContain('不予行政许可决定书');
    expect(page.text).toContain('不属于本机关职权范围');
  });

  it('refuses an item that is not decided yet, or withdrawn, with 409 NOT_COMPLETED', async () => {
    const running = await submit(alice, 'one-time-notice', ['F01', 'F02', 'F03', 'F04']);
    const response = await alice.get(`/api/applications/${running}/certificate`).expect(409);
    expect(response.body).toEqual({ error: { code: 'NOT_COMPLETED', message: expect.stringContaining('尚未办结') } });
    await alice.post(`/api/applications/${running}/withdraw`, { reason: '不再需要' }).expect(200);
    expect((await alice.get(`/api/applications/${running}/certificate`).expect(409)).body.error.code).toBe(
      'NOT_COMPLETED',
    );
  });

  it("hides another applicant's item (404), lets the center's staff read it, and needs a login", async () => {
    const id = await decided(alice);
    const foreign = await bob.get(`/api/applications/${id}/certificate`).expect(404);
    expect(foreign.body.error.code).toBe('APPLICATION_NOT_FOUND');
    await bob.get(`/api/applications/${id}/certificate/html`).expect(404);
    await window1.get(`/api/applications/${id}/certificate`).expect(200);
    await server.http.get(`/api/applications/${id}/certificate`).expect(401);
    await alice.get('/api/applications/00000000-0000-4000-8000-000000000000/certificate').expect(404);
    await alice.get('/api/applications/not-a-uuid/certificate').expect(400);
  });
});
