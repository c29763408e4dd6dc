import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { readAppConfig } from './config/app-config';
import { createApp } from './create-app';
import { resolveDatabase } from './database/resolve-database';

async function main(): Promise<void> {
  const logger = new Logger('Tongban');
  let config: ReturnType<typeof readAppConfig>;
  try {
    config = readAppConfig();
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const database = await resolveDatabase(config, (line) => logger.log(line));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    app = await createApp({ config, databaseUrl: database.url });
    await app.listen(config.port);
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
  logger.log(`通办 ready: http://localhost:${config.port}/  (API docs: /api/docs)`);
}

void main();
