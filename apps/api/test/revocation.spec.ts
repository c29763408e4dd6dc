import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { LoginRateLimiter } from '../src/modules/identity/login-rate-limiter';
import { PasswordHasher } from '../src/modules/identity/password-hasher';
import { secondApp, startTestApp, type TestApp } from './utils/test-app';

/*
 * Issue 16: logout and password changes revoke tokens at once in every API process, and the login limits hold
 * across processes: two Nest apps (two "API processes") on one database, each request sent to one or the other.
 */

jest.setTimeout(90_000);

describe('token revocation and login limits across two API processes', () => {
  let server: TestApp;
  let other: NestExpressApplication;
  let a: ReturnType<typeof request>;
  let b: ReturnType<typeof request>;

  beforeAll(async () => {
    server = await startTestApp({ TRUST_PROXY: 'loopback' });
    other = await secondApp(server, { TRUST_PROXY: 'loopback' });
    a = server.http;
    b = request(other.getHttpServer());
    // The limits count per wall-clock minute: both processes see one instant, so no test straddles two minutes.
    const instant = new Date('2026-03-02T01:00:30Z');
    for (const app of [server.app, other]) app.get(LoginRateLimiter).wallClock = () => instant;
  });
  afterAll(async () => {
    await other?.close();
    await server?.close();
  });

  /** Each test signs in from its own address, so that one test's failures do not count against another's. */
  let address = 0;
  let from = '';
  beforeEach(() => {
    from = `198.51.100.${++address}`;
  });
  const login = (http: ReturnType<typeof request>, username: string, password = username) =>
    http.post('/api/auth/login').set('x-forwarded-for', from).send({ username, password });
  const tokenOf = async (http: ReturnType<typeof request>, username: string, password = username) => {
    const response = await login(http, username, password).expect(200);
    return `Bearer ${response.body.token}`;
  };
  const me = (http: ReturnType<typeof request>, token: string) => http.get('/api/auth/me').set('authorization', token);

  it('a logout in one process is refused at once in the other, for every token of the user', async () => {
    const phone = await tokenOf(a, 'alice');
    const laptop = await tokenOf(b, 'alice');
    await me(a, phone).expect(200);
    await me(b, phone).expect(200);
    await me(b, laptop).expect(200);

    await b.post('/api/auth/logout').set('authorization', phone).expect(204);

    for (const http of [a, b]) {
      for (const token of [phone, laptop]) {
        const refused = await me(http, token).expect(401);
        expect(refused.body.error.code).toBe('UNAUTHORIZED');
      }
    }
    await a.post('/api/auth/logout').set('authorization', phone).expect(401);
    // Other users keep their sessions; alice signs in again.
    await me(a, await tokenOf(b, 'bob')).expect(200);
    await me(b, await tokenOf(a, 'alice')).expect(200);
  });

  it('a password change revokes every token of the user in both processes; the new password works', async () => {
    const token = await tokenOf(a, 'window2');
    const second = await tokenOf(b, 'window2');
    const wrong = await b
      .post('/api/auth/password')
      .set('authorization', token)
      .send({ current: 'nope', next: 'a-new-password' })
      .expect(400);
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    const short = await b
      .post('/api/auth/password')
      .set('authorization', token)
      .send({ current: 'window2', next: 'short' });
    expect({ status: short.status, code: short.body.error.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    await me(a, token).expect(200);

    await b
      .post('/api/auth/password')
      .set('authorization', token)
      .send({ current: 'window2', next: 'a-new-password' })
      .expect(204);

    await me(a, token).expect(401);
    await me(a, second).expect(401);
    await me(b, second).expect(401);
    await login(a, 'window2').expect(401);
    await me(a, await tokenOf(b, 'window2', 'a-new-password')).expect(200);
  });

  it("an administrator's password reset revokes the user's tokens in both processes", async () => {
    const admin = await tokenOf(a, 'admin');
    const token = await tokenOf(b, 'window1');
    await me(a, token).expect(200);
    await b
      .post('/api/users/window1/password')
      .set('authorization', admin)
      .send({ password: 'reset-by-admin' })
      .expect(204);
    await me(a, token).expect(401);
    await me(b, token).expect(401);
  });

  it('100 concurrent wrong passwords for one account, half to each process: exactly 10 are checked, 90 get 429', async () => {
    const hashers = [server.app.get(PasswordHasher), other.get(PasswordHasher)];
    const checks = hashers.map((hasher) => jest.spyOn(hasher, 'verify'));
    // From many addresses: the account's own limit, not the address's, is what stops them.
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        (i % 2 ? a : b)
          .post('/api/auth/login')
          .set('x-forwarded-for', `203.0.113.${i}`)
          .send({ username: 'fire1', password: `guess-${i}` }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(90);
    expect(checks[0].mock.calls.length + checks[1].mock.calls.length).toBe(10);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.body.error).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: expect.any(String),
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // Even the right password waits for the minute to end.
    await login(b, 'fire1').expect(429);
    checks.forEach((check) => check.mockRestore());
  });

  it('one address trying passwords across accounts is stopped after 30 failures; other addresses are not', async () => {
    const usernames = Array.from({ length: 30 }, (_, i) => `nobody-${i}`);
    for (const [i, username] of usernames.entries()) await login(i % 2 ? a : b, username, 'guess').expect(401);
    const stopped = await login(a, 'env1');
    expect(stopped.status).toBe(429);
    // Successes do not count: another address signs in many times.
    from = '198.51.100.250';
    for (let i = 0; i < 12; i++) await login(i % 2 ? a : b, 'super1').expect(200);
    await login(b, 'env1').expect(200);
  });
});
