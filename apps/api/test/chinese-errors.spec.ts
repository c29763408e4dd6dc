import { loginAs, type Session, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const CHINESE = /[\u4e00-\u9fff]/;

describe('every API error message is in Chinese (codes stay English)', () => {
  let server: TestApp;
  let alice: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    alice = await loginAs(server, 'alice');
  });
  afterAll(() => server.close());

  it('framework errors: an unknown route, a wrong method, malformed JSON, no login', async () => {
    const answers = await Promise.all([
      alice.get('/api/no-such-route').expect(404),
      server.http.delete('/api/health').expect(404),
      server.http.post('/api/auth/login').set('content-type', 'application/json').send('{"user').expect(400),
      server.http.get('/api/applications').expect(401),
    ]);
    for (const { body } of answers) {
      expect(body.error.code).toMatch(/^[A-Z_]+$/);
      expect(body.error.message).toMatch(CHINESE);
    }
  });

  it('a task id no row can hold (U+0000) is a 400 on every task route, never a 500', async () => {
    const planning1 = await loginAs(server, 'planning1');
    for (const action of ['claim', 'unclaim', 'complete']) {
      const { body } = await planning1
        .post(`/api/tasks/%00/${action}`, { decision: 'approve', comment: '同意' })
        .expect(400);
      expect(body.error).toEqual({ code: 'UNSTORABLE_CHARACTER', message: expect.stringMatching(CHINESE) });
    }
  });

  it('input validation lists every problem in Chinese', async () => {
    const { body } = await alice
      .post('/api/applications', { itemCode: '', channel: 'pigeon', materials: 'none', extra: 1 })
      .expect(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toMatch(CHINESE);
    for (const detail of body.error.details) expect(detail.message).toMatch(CHINESE);
  });
});
