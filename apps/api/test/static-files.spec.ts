import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from './utils/test-app';

/** A built web app in miniature: index.html and one hashed chunk, large enough to be worth compressing. */
function webDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div>${'<!-- 通办 -->'.repeat(200)}</body></html>`,
  );
  fs.writeFileSync(
    path.join(dir, 'assets/index-AbC123.js'),
    `export const app = ${JSON.stringify('通办'.repeat(4000))};\n`,
  );
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('static files: the web app compressed and cached, the API as before', () => {
  let server: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = webDist();
    server = await startTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  /** The bytes on the wire (supertest would decompress them), over a real socket. */
  async function raw(urlPath: string, acceptEncoding: string) {
    const httpServer = server.app.getHttpServer();
    if (!httpServer.listening) await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = httpServer.address() as { port: number };
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: urlPath, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    });
  }

  it('serves a hashed asset with brotli (or gzip) and a year-long immutable cache', async () => {
    const source = fs.readFileSync(path.join(dist, 'assets/index-AbC123.js'));
    const br = await raw('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(zlib.brotliDecompressSync(br.body).equals(source)).toBe(true);
    expect(br.body.length).toBeLessThan(source.length / 10);

    const gz = await raw('/assets/index-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(source)).toBe(true);

    const plain = await raw('/assets/index-AbC123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(source)).toBe(true);
  });

  it('serves index.html compressed with no-cache (revalidated by its ETag)', async () => {
    const page = await server.http.get('/index.html').set('accept-encoding', 'br').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.text).toContain('<div id="root">');
    const again = await server.http.get('/index.html').set('if-none-match', page.headers.etag).expect(304);
    expect(again.text).toBe('');
  });

  it('falls back to index.html for a client route, no-cache and compressed; a missing asset is 404', async () => {
    const route = await server.http.get('/portal/lookup?receiptNo=TB1').set('accept-encoding', 'gzip').expect(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.headers['content-encoding']).toBe('gzip');
    expect(route.headers['content-type']).toMatch(/text\/html/);
    expect(route.text).toContain('<div id="root">');
    const root = await server.http.get('/').expect(200);
    expect(root.headers['cache-control']).toBe('no-cache');
    expect(root.text).toContain('<div id="root">');
    await server.http.get('/assets/index-Old999.js').expect(404);
    const icon = await server.http.get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('leaves API answers uncompressed and without new cache headers', async () => {
    const catalog = await server.http.get('/api/catalog').set('accept-encoding', 'gzip, deflate, br').expect(200);
    expect(catalog.text.length).toBeGreaterThan(1024);
    expect(catalog.headers['content-encoding']).toBeUndefined();
    expect(catalog.headers['cache-control']).toBeUndefined();
    expect(catalog.headers.vary ?? '').not.toMatch(/Accept-Encoding/i);
    const missing = await server.http.get('/api/nothing-here').set('accept-encoding', 'gzip').expect(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.body.error.code).toBeDefined();
  });
});
