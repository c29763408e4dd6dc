import { createHmac } from 'node:crypto';
import request from 'supertest';
import { readAppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { configuredSecret } from '../src/modules/identity/jwt-options';
import { createTestDatabase } from './utils/test-database';

/* Issue 16: a JWT_SECRET shorter than 32 bytes stops the server at start-up, with a message saying what to do. */

jest.setTimeout(60_000);

describe('JWT_SECRET', () => {
  it('is refused under 32 bytes (bytes, not characters), accepted from 32, and optional', () => {
    expect(() => configuredSecret('x'.repeat(31))).toThrow(/JWT_SECRET is 31 bytes long; at least 32 are required/);
    // Ten Chinese characters are 30 bytes in UTF-8.
    expect(() => configuredSecret('通'.repeat(10))).toThrow(/30 bytes/);
    expect(configuredSecret('x'.repeat(32))).toEqual(Buffer.from('x'.repeat(32)));
    expect(configuredSecret(undefined)).toBeNull();
    expect(configuredSecret('')).toBeNull();
  });

  it('too short, the configuration is refused before anything starts (main.ts logs the message and exits 1)', () => {
    expect(() => readAppConfig({ ...process.env, JWT_SECRET: 'too-short-a-secret' })).toThrow(
      /JWT_SECRET is 18 bytes long/,
    );
    expect(readAppConfig({ ...process.env, JWT_SECRET: 'a'.repeat(48) }).port).toEqual(expect.any(Number));
  });

  it('long enough, the server signs with it', async () => {
    const database = await createTestDatabase();
    const before = process.env.JWT_SECRET;
    try {
      process.env.JWT_SECRET = 'a'.repeat(48);
      const config = readAppConfig({ ...process.env, DATABASE_URL: database.url });
      const app = await createApp({ config, databaseUrl: database.url });
      await app.init();
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ username: 'alice', password: 'alice' })
        .expect(200);
      const [, payload, signature] = login.body.token.split('.');
      const expected = createHmac('sha256', 'a'.repeat(48))
        .update(login.body.token.split('.').slice(0, 2).join('.'))
        .digest('base64url');
      expect(signature).toBe(expected);
      expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ username: 'alice', ver: 0 });
      await app.close();
    } finally {
      if (before === undefined) delete process.env.JWT_SECRET;
      else process.env.JWT_SECRET = before;
      await database.drop();
    }
  });
});
