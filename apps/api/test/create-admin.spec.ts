import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parseArgs } from '../src/cli/admin-cli';
import { CliError, createAdmin } from '../src/cli/create-admin';
import { readAppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { createTestDatabase } from './utils/test-database';

// `npm run admin -- create-admin` on a fresh database, then the API with DEMO=false: the only way in.
describe('create-admin: the first admin of a DEMO=false deployment', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: NestExpressApplication;
  const at = new Date('2026-10-08T01:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    const centerId = await createAdmin(
      database.url,
      { username: 'root', password: 'Root-pass-2026', center: 'sz', centerName: '深圳市政务服务中心' },
      at,
    );
    expect(centerId).toBe('sz');
    const config = readAppConfig({ ...process.env, DATABASE_URL: database.url, DEMO: 'false' });
    app = await createApp({ config, databaseUrl: database.url });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('creates the root center and an admin who logs in through the API and administers it', async () => {
    const http = request(app.getHttpServer());
    const login = await http.post('/api/auth/login').send({ username: 'root', password: 'Root-pass-2026' }).expect(200);
    expect(login.body.user).toMatchObject({ username: 'root', roles: ['admin'], centerId: 'sz' });
    const auth = `Bearer ${login.body.token}`;
    expect((await http.get('/api/centers').set('authorization', auth).expect(200)).body).toEqual([
      { id: 'sz', name: '深圳市政务服务中心', level: 'city', parentId: null },
    ]);
    await http
      .post('/api/centers')
      .set('authorization', auth)
      .send({ id: 'sz-ft', name: '福田区政务服务中心', level: 'county', parentId: 'sz' })
      .expect(201);
    const audit = await app
      .get(DataSource)
      .query(`SELECT actor, action, target FROM admin_audit WHERE actor = 'cli' ORDER BY id`);
    expect(audit).toEqual([
      { actor: 'cli', action: 'center.create', target: 'sz' },
      { actor: 'cli', action: 'user.create', target: 'root' },
    ]);
  });

  it('adds a second admin to an existing center; refuses a taken name, an unknown center and a short password', async () => {
    await createAdmin(database.url, { username: 'ft-admin', password: 'Futian-2026', center: 'sz-ft' }, at);
    const http = request(app.getHttpServer());
    const login = await http
      .post('/api/auth/login')
      .send({ username: 'ft-admin', password: 'Futian-2026' })
      .expect(200);
    expect(login.body.user).toMatchObject({ centerId: 'sz-ft', roles: ['admin'] });
    const refusals: [object, RegExp][] = [
      [{ username: 'root', password: 'Another-pass-1' }, /已存在/],
      [{ username: 'other', password: 'Another-pass-1', center: 'gz', centerName: '广州' }, /不存在/],
      [{ username: 'other', password: 'short' }, /至少 8/],
      [{ username: 'Other', password: 'Another-pass-1' }, /用户名/],
    ];
    for (const [options, message] of refusals) {
      const refused = createAdmin(database.url, options as { username: string; password: string }, at);
      await expect(refused).rejects.toBeInstanceOf(CliError);
      await expect(refused).rejects.toThrow(message);
    }
    const [{ count }] = await app.get(DataSource).query(`SELECT count(*)::int AS count FROM app_user`);
    expect(count).toBe(2);
  });

  it('reads its command line', () => {
    expect(parseArgs(['create-admin', 'root', '--center', 'sz', '--center-name', '深圳'])).toEqual({
      username: 'root',
      flags: { center: 'sz', 'center-name': '深圳' },
    });
    expect(parseArgs(['create-admin'])).toBeNull();
    expect(parseArgs(['create-user', 'root'])).toBeNull();
    expect(parseArgs(['create-admin', 'root', '--centre', 'sz'])).toBeNull();
    expect(parseArgs(['create-admin', 'root', '--center'])).toBeNull();
  });
});
