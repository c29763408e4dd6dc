import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { readAppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { PasswordHasher } from '../src/modules/identity';
import { startTestApp, type TestApp } from './utils/test-app';

describe('identity outside demo mode', () => {
  it('has no demo accounts and no demo centers when started with DEMO=false', async () => {
    const server = await startTestApp({ DEMO: 'false' });
    try {
      const db = server.app.get(DataSource);
      await expect(db.query(`SELECT username FROM app_user`)).resolves.toEqual([]);
      await expect(db.query(`SELECT id FROM center`)).resolves.toEqual([]);
      const response = await server.http.post('/api/auth/login').send({ username: 'admin', password: 'admin' });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHORIZED');
    } finally {
      await server.close();
    }
  });

  describe('on a database seeded in demo mode earlier', () => {
    let demo: TestApp;
    let production: NestExpressApplication;
    beforeAll(async () => {
      demo = await startTestApp();
      const config = readAppConfig({ ...process.env, DATABASE_URL: demo.databaseUrl, DEMO: 'false' });
      production = await createApp({ config, databaseUrl: demo.databaseUrl });
      await production.init();
      const hash = await production.get(PasswordHasher).hash('a long real passphrase');
      await production
        .get(DataSource)
        .query(
          `INSERT INTO app_user (center_id, username, name, password_hash, roles) VALUES ('demo-city', 'clerk', '真实用户', $1, '{officer}')`,
          [hash],
        );
    });
    afterAll(async () => {
      await production?.close();
      await demo?.close();
    });

    it('refuses the demo accounts at login but lets real accounts in', async () => {
      const http = request(production.getHttpServer());
      const refused = await http.post('/api/auth/login').send({ username: 'admin', password: 'admin' });
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('UNAUTHORIZED');
      const real = await http.post('/api/auth/login').send({ username: 'clerk', password: 'a long real passphrase' });
      expect(real.status).toBe(200);
      expect(real.body.user).toMatchObject({ username: 'clerk', roles: ['officer'] });
    });

    it('refuses a demo account token, even one signed with the right secret', async () => {
      const [row] = await production.get(DataSource).query(`SELECT id FROM app_user WHERE username = 'admin'`);
      const token = await production.get(JwtService).signAsync({ sub: row.id, username: 'admin' });
      await request(production.getHttpServer()).get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(401);
      await demo.http.get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    });

    it('leaves demo accounts out of the assignee listing', async () => {
      const http = request(production.getHttpServer());
      const { body } = await http
        .post('/api/auth/login')
        .send({ username: 'clerk', password: 'a long real passphrase' });
      const users = await http.get('/api/users').set('authorization', `Bearer ${body.token}`).expect(200);
      expect(users.body).toEqual([
        { username: 'clerk', name: '真实用户', roles: ['officer'], department: null, phone: null },
      ]);
    });
  });
});
