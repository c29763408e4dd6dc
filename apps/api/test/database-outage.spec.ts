import type { NestExpressApplication } from '@nestjs/platform-express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { readAppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { type EmbeddedPg, startEmbeddedPg } from './utils/embedded-pg';

/** tools/embedded-pg's PASSWORD_FILE (an ES module, not importable here). */
const PASSWORD_FILE = 'tongban-password';

/*
 * Issue 16, on a PostgreSQL of the test's own (the embedded one `npm start` uses, on its own port) that the test
 * can stop: while it is down every route answers 503 DATABASE_UNAVAILABLE (never 500) and health says db down;
 * when it is back the same server answers again by itself. And the embedded server's password: generated per
 * data directory, kept in a 0600 file inside it, an old directory's legacy password replaced; loopback only.
 */

jest.setTimeout(180_000);

const UNAVAILABLE = { error: { code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试' } };

describe('PostgreSQL stopped and started again under a running server', () => {
  let root: string;
  let pg: EmbeddedPg;
  let app: NestExpressApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-outage-'));
    if (process.getuid?.() === 0) fs.chmodSync(root, 0o755);
    pg = await startEmbeddedPg({ dataDir: path.join(root, 'pg') });
    const config = readAppConfig({
      ...process.env,
      DATABASE_URL: pg.url,
      CLOCK: 'manual',
      CLOCK_START: '2026-03-02T09:00:00+08:00',
    });
    app = await createApp({ config, databaseUrl: pg.url });
    await app.init();
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps a generated password in a 0600 file of the data directory and listens on the loopback only', async () => {
    const file = path.join(pg.dataDir, PASSWORD_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(file, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(decodeURIComponent(new URL(pg.url).password)).toBe(password);
    const client = new Client({ connectionString: pg.url });
    await client.connect();
    const [{ listen_addresses: listen }] = (await client.query('SHOW listen_addresses')).rows;
    await client.end();
    expect(listen).toBe('127.0.0.1');
    const wrong = new Client({
      host: '127.0.0.1',
      port: pg.port,
      user: 'postgres',
      password: 'tongban-local',
      database: 'postgres',
    });
    await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
  });

  it('answers 503 on every route while the database is down, and recovers by itself when it is back', async () => {
    const login = await http.post('/api/auth/login').send({ username: 'alice', password: 'alice' }).expect(200);
    const alice = `Bearer ${login.body.token}`;
    const submit = () =>
      http
        .post('/api/applications')
        .set('authorization', alice)
        .send({
          itemCode: 'parallel-review',
          channel: 'online',
          materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
          data: {},
        });
    await submit().expect(201);

    const { port } = pg;
    await pg.stop();

    const health = await http.get('/api/health').expect(503);
    expect(health.body).toEqual({ status: 'down', db: 'down', ...UNAVAILABLE });
    for (const [label, answer] of [
      ['me', await http.get('/api/auth/me').set('authorization', alice)],
      ['login', await http.post('/api/auth/login').send({ username: 'bob', password: 'bob' })],
      ['submit', await submit()],
      ['list', await http.get('/api/applications').set('authorization', alice)],
      ['public catalog', await http.get('/api/catalog')],
      ['public deadline', await http.get('/api/calendar/deadline?from=2026-03-02&days=5')],
    ] as const) {
      expect({ label, status: answer.status, body: answer.body }).toEqual({ label, status: 503, body: UNAVAILABLE });
    }

    pg = await startEmbeddedPg({ dataDir: path.join(root, 'pg'), port });

    expect((await http.get('/api/health').expect(200)).body).toEqual({ status: 'ok', db: 'up' });
    await http.get('/api/auth/me').set('authorization', alice).expect(200);
    await submit().expect(201);
    await http.post('/api/auth/login').send({ username: 'bob', password: 'bob' }).expect(200);
  });
});

describe('a data directory made with the old constant password', () => {
  it('is started with it once, given a generated password, and refuses the old one from then on', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-legacy-'));
    if (process.getuid?.() === 0) fs.chmodSync(root, 0o755);
    const dataDir = path.join(root, 'pg');
    try {
      const pg = await startEmbeddedPg({ dataDir, legacyInit: true });
      try {
        const password = fs.readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
        expect(password).not.toBe('tongban-local');
        expect(fs.statSync(path.join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
        const client = new Client({ connectionString: pg.url });
        await client.connect();
        await client.end();
        const old = new Client({
          host: '127.0.0.1',
          port: pg.port,
          user: 'postgres',
          password: 'tongban-local',
          database: 'postgres',
        });
        await expect(old.connect()).rejects.toThrow(/password authentication failed/);
      } finally {
        await pg.stop();
      }
      // And the next start reads the stored password.
      const again = await startEmbeddedPg({ dataDir });
      await again.stop();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
