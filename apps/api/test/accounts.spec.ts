import { DataSource } from 'typeorm';
import { ClockService } from '../src/modules/clock/clock.service';
import { LoginRateLimiter } from '../src/modules/identity/login-rate-limiter';
import { ACCOUNT_ATTEMPTS_PER_WINDOW } from '../src/modules/identity/login-limits';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Issue 16: with DEMO=false an applicant registers itself with a mobile number or an e-mail address, and resets a
 * forgotten password with a one-time code sent through the notification outbox.
 */

jest.setTimeout(90_000);

describe('applicant self-registration and password reset (DEMO=false)', () => {
  let server: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    server = await startTestApp({ DEMO: 'false', CLOCK: 'manual', CLOCK_START: '2026-03-02T09:00:00+08:00' });
    db = server.app.get(DataSource);
    // A deployment without demo data still has its root center (the first admin's command creates it).
    await db.query(
      `INSERT INTO center (id, name, level, parent_id) SELECT 'root', '市政务服务中心', 'city', NULL
       WHERE NOT EXISTS (SELECT 1 FROM center WHERE parent_id IS NULL)`,
    );
  });
  afterAll(() => server?.close());

  const me = (token: string) => server.http.get('/api/auth/me').set('authorization', `Bearer ${token}`);
  const login = (username: string, password: string) =>
    server.http.post('/api/auth/login').send({ username, password });
  const codesFor = async (username: string): Promise<string[]> =>
    (
      await db.query(
        `SELECT params->>'code' AS code FROM notification_outbox
         WHERE kind = 'password-reset-code' AND recipient_username = $1 ORDER BY created_at, id`,
        [username],
      )
    ).map((row: { code: string }) => row.code);

  it('registers with a mobile number: 201 signed in as an applicant; the number is taken afterwards', async () => {
    const created = await server.http
      .post('/api/auth/register')
      .send({ phone: '13912345678', password: 'my-password', name: '王小明' })
      .expect(201);
    expect(created.body.user).toMatchObject({ username: '13912345678', name: '王小明', roles: ['applicant'] });
    await me(created.body.token).expect(200);
    const again = await server.http
      .post('/api/auth/register')
      .send({ phone: '13912345678', password: 'other-password', name: '冒名' })
      .expect(409);
    expect(again.body.error.code).toBe('ACCOUNT_EXISTS');
    await login('13912345678', 'my-password').expect(200);
  });

  it('registers with an e-mail address in lower case; refuses both or neither, and short passwords', async () => {
    const created = await server.http
      .post('/api/auth/register')
      .send({ email: 'Li.Hua@Example.CN', password: 'my-password', name: '李华' })
      .expect(201);
    expect(created.body.user.username).toBe('li.hua@example.cn');
    for (const body of [
      { phone: '13900000001', email: 'a@b.cn', password: 'my-password', name: '甲' },
      { password: 'my-password', name: '乙' },
      { phone: '13900000002', password: 'short', name: '丙' },
      { phone: '13900000003', password: 'my-password', name: '丁', roles: ['admin'] },
    ]) {
      const refused = await server.http.post('/api/auth/register').send(body).expect(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 202 to a reset request for any account, and sends a code only to a real one', async () => {
    await server.http.post('/api/auth/reset/request').send({ account: '13800000000' }).expect(202);
    expect(await codesFor('13800000000')).toEqual([]);
    await server.http.post('/api/auth/reset/request').send({ account: 'LI.HUA@example.cn' }).expect(202);
    const [code] = await codesFor('li.hua@example.cn');
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await db.query(
      `SELECT code_hash FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.username = 'li.hua@example.cn'`,
    );
    expect(row.code_hash).toMatch(/^\$argon2id\$/);
    expect(row.code_hash).not.toContain(code);
  });

  it('sets the password with the code once, revoking every token; a wrong code counts, five end it', async () => {
    const account = '13912345678';
    const token = (await login(account, 'my-password').expect(200)).body.token;
    await server.http.post('/api/auth/reset/request').send({ account }).expect(202);
    const code = (await codesFor(account)).at(-1)!;
    const wrong = code === '000000' ? '000001' : '000000';
    const refused = await server.http
      .post('/api/auth/reset/confirm')
      .send({ account, code: wrong, password: 'new-password' })
      .expect(400);
    expect(refused.body.error.code).toBe('INVALID_RESET_CODE');
    await server.http.post('/api/auth/reset/confirm').send({ account, code, password: 'new-password' }).expect(204);
    await me(token).expect(401);
    await login(account, 'my-password').expect(401);
    await login(account, 'new-password').expect(200);
    // Used once: gone.
    await server.http.post('/api/auth/reset/confirm').send({ account, code, password: 'third-password' }).expect(400);

    await server.http.post('/api/auth/reset/request').send({ account }).expect(202);
    const next = (await codesFor(account)).at(-1)!;
    const miss = next === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) {
      await server.http
        .post('/api/auth/reset/confirm')
        .send({ account, code: miss, password: 'third-password' })
        .expect(400);
    }
    await server.http
      .post('/api/auth/reset/confirm')
      .send({ account, code: next, password: 'third-password' })
      .expect(400);
    await login(account, 'new-password').expect(200);
  });

  it('reset requests never use up the account’s sign-ins: a flood of them cannot lock the owner out', async () => {
    const account = '13700000007';
    await server.http.post('/api/auth/register').send({ phone: account, password: 'owner-password', name: '赵六' });
    // One wall-clock minute for every attempt below, none of the other tests' (security time is the wall clock).
    const limiter = server.app.get(LoginRateLimiter);
    const wallClock = limiter.wallClock;
    limiter.wallClock = () => new Date('2026-12-03T10:00:30Z');
    try {
      const answers: number[] = [];
      for (let i = 0; i <= ACCOUNT_ATTEMPTS_PER_WINDOW + 1; i++) {
        answers.push((await server.http.post('/api/auth/reset/request').send({ account })).status);
      }
      // The requests have their own limit per account (10 a minute), apart from sign-ins.
      expect(answers).toEqual([...Array(ACCOUNT_ATTEMPTS_PER_WINDOW).fill(202), 429, 429]);
      await login(account, 'owner-password').expect(200);
      // Sign-ins still count on their own: a wrong password ten times locks the 11th attempt out.
      for (let i = 0; i < ACCOUNT_ATTEMPTS_PER_WINDOW; i++) await login(account, 'wrong-password').expect(401);
      expect((await login(account, 'owner-password')).status).toBe(429);
    } finally {
      limiter.wallClock = wallClock;
    }
  });

  it('registers in a center the applicant names (default: the root center); an unknown one is 404', async () => {
    await db.query(`INSERT INTO center (id, name, level, parent_id)
                    SELECT 'branch', '分中心', 'county', id FROM center WHERE parent_id IS NULL LIMIT 1`);
    const centerOf = async (username: string) =>
      (await db.query(`SELECT center_id FROM app_user WHERE username = $1`, [username]))[0]?.center_id;
    await server.http
      .post('/api/auth/register')
      .send({ phone: '13600000001', password: 'my-password', name: '分中心申请人', centerId: 'branch' })
      .expect(201);
    expect(await centerOf('13600000001')).toBe('branch');
    await server.http
      .post('/api/auth/register')
      .send({ phone: '13600000002', password: 'my-password', name: '总中心申请人' })
      .expect(201);
    const [root] = await db.query(`SELECT id FROM center WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1`);
    expect(await centerOf('13600000002')).toBe(root.id);
    const unknown = await server.http
      .post('/api/auth/register')
      .send({ phone: '13600000003', password: 'my-password', name: '无中心', centerId: 'nowhere' })
      .expect(404);
    expect(unknown.body.error.code).toBe('CENTER_NOT_FOUND');
    expect(await centerOf('13600000003')).toBeUndefined();
  });

  it('lets a code expire after 15 minutes', async () => {
    const account = 'li.hua@example.cn';
    await server.http.post('/api/auth/reset/request').send({ account }).expect(202);
    const code = (await codesFor(account)).at(-1)!;
    const clock = server.app.get(ClockService);
    await clock.moveTo(new Date(clock.now().getTime() + 15 * 60_000));
    await server.http.post('/api/auth/reset/confirm').send({ account, code, password: 'late-password' }).expect(400);
    await login(account, 'my-password').expect(200);
  });
});
