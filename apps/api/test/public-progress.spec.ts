import { publicProgressSchema } from '@tongban/api-contract';
import { expectContract } from './utils/contract';
import { loginAs, PARALLEL_REVIEW_ITEM, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

describe('GET /api/public/progress: progress by receipt number and phone, without login', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let window1: Session;
  let online: { id: string; receiptNo: string };
  let walkIn: { id: string; receiptNo: string };

  const lookup = (receiptNo: string, phone: string) =>
    server.http.get(`/api/public/progress?${new URLSearchParams({ receiptNo, phone })}`);

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, alice, window1] = await Promise.all(['admin', 'alice', 'window1'].map((name) => loginAs(server, name)));
    online = (
      await alice.post('/api/applications', { ...PARALLEL_REVIEW_ITEM, data: { phone: '13912345678' } }).expect(201)
    ).body;
    walkIn = (
      await window1
        .post('/api/applications', {
          ...PARALLEL_REVIEW_ITEM,
          channel: 'window',
          applicant: { name: '张三', idNumber: '110101199003071234', phone: '0571-88886666' },
        })
        .expect(201)
    ).body;
  });
  afterAll(() => server.close());

  it('answers the status, the current step by name and the deadline, nothing personal', async () => {
    const before = expectContract(
      publicProgressSchema,
      (await lookup(online.receiptNo, '13912345678').expect(200)).body,
    );
    expect(before).toEqual({
      receiptNo: online.receiptNo,
      itemName: expect.any(String),
      status: 'submitted',
      statusLabel: '已提交，待受理',
      currentStep: [expect.any(String)],
      deadline: null,
    });
    expect(before.currentStep[0]).not.toMatch(/^[a-z-]+$/);
    await setClock(admin, shanghai('2026-09-29'));
    await window1.post(`/api/applications/${online.id}/accept`).expect(200);
    const view = (await alice.get(`/api/applications/${online.id}`).expect(200)).body;
    const after = expectContract(
      publicProgressSchema,
      (await lookup(online.receiptNo, '139 1234 5678').expect(200)).body,
    );
    expect(after.status).toBe('in-review');
    expect(after.statusLabel).toBe('审查中');
    expect(after.deadline).toBe(view.deadline);
    expect(after.currentStep.length).toBeGreaterThan(0);
    expect(after.currentStep.join()).toContain('审查');
    const text = JSON.stringify(after);
    for (const secret of ['alice', '13912345678', online.id]) expect(text).not.toContain(secret);
  });

  it("finds a walk-in's item by the phone recorded at the window (any spacing, lower-case receipt)", async () => {
    const found = await lookup(walkIn.receiptNo.toLowerCase(), '057188886666').expect(200);
    expect(found.body.receiptNo).toBe(walkIn.receiptNo);
    expect(JSON.stringify(found.body)).not.toMatch(/张三|110101|88886666/);
  });

  it('answers the same 404 for a wrong phone and an unknown receipt; refuses bad input with 400', async () => {
    const wrongPhone = await lookup(online.receiptNo, '13900000000').expect(404);
    const unknown = await lookup('TB20260928FFFFFFFF', '13912345678').expect(404);
    expect(wrongPhone.body).toEqual(unknown.body);
    expect(wrongPhone.body.error.code).toBe('PROGRESS_NOT_FOUND');
    // The walk-in's phone does not open the online item, nor the other way round.
    await lookup(online.receiptNo, '0571-88886666').expect(404);
    await lookup(walkIn.receiptNo, '13912345678').expect(404);
    const bad = await server.http.get('/api/public/progress?receiptNo=TB1').expect(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('stops a client after 10 misses a minute (429), even for the right pair', async () => {
    for (let miss = 0; miss < 10; miss++) await lookup(`TB2026092800000${miss}`, '13912345678');
    const limited = await lookup(online.receiptNo, '13912345678').expect(429);
    expect(limited.body.error).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });
});
