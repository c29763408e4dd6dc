import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { readAppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { CentersService } from '../src/modules/centers';
import { jwtTtlSeconds } from '../src/modules/identity/jwt-options';
import { startTestApp, type TestApp } from './utils/test-app';

describe('identity', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(async () => {
    await server?.close();
  });

  const login = (username: string, password = username) =>
    server.http.post('/api/auth/login').send({ username, password });
  const tokenOf = async (username: string): Promise<string> => {
    const response = await login(username);
    expect(response.status).toBe(200);
    return response.body.token;
  };
  const me = (token: string) => server.http.get('/api/auth/me').set('authorization', `Bearer ${token}`);

  describe('login', () => {
    it('returns a token and the user for the right password', async () => {
      const response = await login('planning1').expect(200);
      expect(response.body.token).toEqual(expect.any(String));
      expect(response.body.user).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        username: 'planning1',
        name: '规划审查员',
        roles: ['reviewer', 'committee'],
        department: 'planning',
        centerId: 'demo-city',
        chiefRepresentative: true,
      });
      await expect(me(response.body.token).then((r) => r.body)).resolves.toMatchObject({ username: 'planning1' });
    });

    it('leaves department out for a user without one', async () => {
      const response = await login('admin').expect(200);
      expect(response.body.user).toMatchObject({ username: 'admin', roles: ['admin'], centerId: 'demo-city' });
      expect(response.body.user).not.toHaveProperty('department');
    });

    it('answers a wrong password and an unknown user alike, with 401 in the contract shape', async () => {
      const wrong = await login('window1', 'not-the-password');
      const unknown = await login('nobody-here', 'whatever');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.body).not.toHaveProperty('token');
    });

    it('refuses a body without username or password with 400', async () => {
      const response = await server.http.post('/api/auth/login').send({ username: 'admin' }).expect(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    });

    it('stores passwords as argon2id hashes, never in clear', async () => {
      const [row] = await server.app
        .get(DataSource)
        .query(`SELECT password_hash FROM app_user WHERE username = 'admin'`);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain('admin');
    });

    it('limits failed logins per address and username: 429 after 10 failures, other users unaffected', async () => {
      for (let i = 0; i < 10; i++) await login('fire1', 'wrong').expect(401);
      const blocked = await login('fire1').expect(429);
      expect(blocked.body.error).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        details: { retryAfterSeconds: expect.any(Number) },
      });
      await login('env1').expect(200);
      const token = await tokenOf('window2');
      await me(token).expect(200);
    });

    it('does not count successful logins', async () => {
      for (let i = 0; i < 12; i++) await login('super1').expect(200);
    });
  });

  describe('tokens', () => {
    it('requires a token on protected routes', async () => {
      const response = await server.http.get('/api/auth/me').expect(401);
      expect(response.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
      await server.http.get('/api/departments').expect(401);
      await server.http.get('/api/auth/me').set('authorization', 'Bearer not.a.token').expect(401);
    });

    it('refuses an expired token and accepts the same claims unexpired', async () => {
      const { body } = await login('window1').expect(200);
      const jwt = server.app.get(JwtService);
      const claims = { sub: body.user.id, username: 'window1' };
      const expired = await jwt.signAsync(claims, { expiresIn: -60 });
      const fresh = await jwt.signAsync(claims, { expiresIn: 60 });
      const response = await me(expired).expect(401);
      expect(response.body.error.code).toBe('UNAUTHORIZED');
      await me(fresh).expect(200);
    });

    it('refuses a token signed with another secret', async () => {
      const { body } = await login('window1').expect(200);
      const forged = new JwtService({ secret: 'someone-elses-secret' }).sign({
        sub: body.user.id,
        username: 'window1',
      });
      await me(forged).expect(401);
    });

    it('keeps public routes public', async () => {
      await server.http.get('/api/health').expect(200);
      await server.http.get('/api/docs').expect(200);
      const { body: document } = await server.http.get('/api/docs-json').expect(200);
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/auth/me', '/api/users', '/api/departments']),
      );
    });

    it('is accepted by a second API process on the same database, which also re-seeds idempotently', async () => {
      const db = server.app.get(DataSource);
      const count = async () => (await db.query(`SELECT count(*)::int AS n FROM app_user`))[0].n;
      const before = await count();
      const token = await tokenOf('admin');
      const config = readAppConfig({ ...process.env, DATABASE_URL: server.databaseUrl });
      const second = await createApp({ config, databaseUrl: server.databaseUrl });
      try {
        await second.init();
        await expect(count()).resolves.toBe(before);
        const response = await request(second.getHttpServer())
          .get('/api/auth/me')
          .set('authorization', `Bearer ${token}`);
        expect(response.status).toBe(200);
      } finally {
        await second.close();
      }
    });

    it('reads JWT_TTL as seconds or with a unit, 8 hours by default', () => {
      expect(jwtTtlSeconds(undefined)).toBe(8 * 3600);
      expect(jwtTtlSeconds('45m')).toBe(2700);
      expect(jwtTtlSeconds('3600')).toBe(3600);
      expect(() => jwtTtlSeconds('soon')).toThrow(/JWT_TTL/);
    });
  });

  describe('roles and listings', () => {
    it('lists the center staff filtered by role and department (names and roles to staff)', async () => {
      const token = await tokenOf('window1');
      const planning = await server.http
        .get('/api/users?role=reviewer&department=planning')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      expect(planning.body).toEqual([
        {
          username: 'planning1',
          name: '规划审查员',
          roles: ['reviewer', 'committee'],
          department: 'planning',
          phone: '0755-23610201',
        },
        {
          username: 'planning1b',
          name: expect.any(String),
          roles: ['reviewer'],
          department: 'planning',
          phone: expect.any(String),
        },
      ]);
      const reviewers = await server.http
        .get('/api/users?role=reviewer')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      expect(reviewers.body.map((u: { username: string }) => u.username)).toEqual([
        'env1',
        'fire1',
        'planning1',
        'planning1b',
      ]);
      const everyone = await server.http.get('/api/users').set('authorization', `Bearer ${token}`).expect(200);
      expect(everyone.body.map((u: { username: string }) => u.username)).not.toContain('county-admin');
    });

    it('lets officers and supervisors list users, refuses reviewers and applicants with 403', async () => {
      await server.http
        .get('/api/users')
        .set('authorization', `Bearer ${await tokenOf('window1')}`)
        .expect(200);
      await server.http
        .get('/api/users')
        .set('authorization', `Bearer ${await tokenOf('super1')}`)
        .expect(200);
      const refused = await server.http
        .get('/api/users')
        .set('authorization', `Bearer ${await tokenOf('planning1b')}`)
        .expect(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
      await server.http
        .get('/api/users')
        .set('authorization', `Bearer ${await tokenOf('alice')}`)
        .expect(403);
    });

    it('refuses an unknown role filter with 400', async () => {
      const token = await tokenOf('admin');
      await server.http.get('/api/users?role=king').set('authorization', `Bearer ${token}`).expect(400);
    });

    it("lists the departments of the caller's center", async () => {
      const city = await server.http
        .get('/api/departments')
        .set('authorization', `Bearer ${await tokenOf('alice')}`)
        .expect(200);
      expect(city.body).toEqual([
        { code: 'center', name: '综合窗口' },
        { code: 'environment', name: '生态环境局' },
        { code: 'fire', name: '消防救援支队' },
        { code: 'planning', name: '自然资源和规划局' },
      ]);
      const county = await server.http
        .get('/api/departments')
        .set('authorization', `Bearer ${await tokenOf('county-admin')}`)
        .expect(200);
      expect(county.body.map((d: { code: string }) => d.code)).toEqual(['center', 'planning']);
    });

    it('gives a center and the centers below it', async () => {
      const centers = server.app.get(CentersService);
      await expect(centers.descendantsOf('demo-city')).resolves.toEqual(['demo-city', 'demo-county']);
      await expect(centers.descendantsOf('demo-county')).resolves.toEqual(['demo-county']);
      await expect(centers.descendantsOf('nowhere')).resolves.toEqual([]);
    });
  });
});
