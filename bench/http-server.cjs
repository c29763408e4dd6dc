// The API as it runs in production (apps/api/dist, JSON request log on stdout), in its own process for the
// HTTP bench: listens on a free port on 127.0.0.1 and reports it to the parent over IPC. Stops on 'stop'.
'use strict';
const path = require('node:path');

const dist = path.resolve(__dirname, '../apps/api/dist');
require(require.resolve('reflect-metadata', { paths: [dist] }));
const { readAppConfig } = require(path.join(dist, 'config/app-config.js'));
const { createApp } = require(path.join(dist, 'create-app.js'));

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  const config = readAppConfig({ ...process.env, DATABASE_URL: databaseUrl, CLOCK: 'manual' });
  const app = await createApp({ config, databaseUrl });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  process.send({ ready: true, port, pid: process.pid });
  process.on('message', async (message) => {
    if (message === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

main().catch((error) => {
  process.send?.({ ready: false, error: String(error?.stack ?? error) });
  process.exit(1);
});
