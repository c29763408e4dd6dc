import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { readAppConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real Nest app on its own fresh PostgreSQL database, migrated, not listening (supertest drives it). */
export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = readAppConfig({ ...process.env, ...env, DATABASE_URL: database.url });
  const app = await createApp({ config, databaseUrl: database.url });
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl: database.url,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** A second API process on a test app's database (another Nest app in this process), for what processes share. */
export async function secondApp(server: TestApp, env: NodeJS.ProcessEnv = {}): Promise<NestExpressApplication> {
  const config = readAppConfig({ ...process.env, ...env, DATABASE_URL: server.databaseUrl });
  const app = await createApp({ config, databaseUrl: server.databaseUrl });
  await app.init();
  return app;
}
