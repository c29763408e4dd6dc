import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface InboxRequest {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/**
 * A real HTTP server in the test process standing in for an SMS gateway or a group robot's webhook: it keeps
 * every request and answers `state.status` (500 makes each delivery fail).
 */
export async function startWebhookInbox() {
  const received: InboxRequest[] = [];
  const state = { status: 200 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'),
      });
      res.writeHead(state.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    host: new URL(url).host,
    received,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
