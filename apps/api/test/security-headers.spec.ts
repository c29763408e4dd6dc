import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Issue 16: the security headers of every answer — the API's, the web app's page and assets, the OpenAPI page,
 * and errors refused before any route (a malformed body). HSTS only over TLS, i.e. behind a trusted proxy that
 * says https.
 */

function webDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/a-1.js"></script></head><body></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets/a-1.js'), 'export {};\n');
  return dir;
}

const directives = (header: string | undefined) =>
  Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('security headers', () => {
  let server: TestApp;
  let proxied: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = webDist();
    server = await startTestApp({ WEB_DIST: dist });
    proxied = await startTestApp({ WEB_DIST: dist, TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await server?.close();
    await proxied?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['an API answer', '/api/health', 200],
    ['an API error', '/api/auth/me', 401],
    ['the web app page', '/workbench', 200],
    ['a hashed asset', '/assets/a-1.js', 200],
    ['the OpenAPI page', '/api/docs/', 200],
  ])(
    '%s carries CSP without inline scripts, frame-ancestors none, nosniff and a referrer policy',
    async (_label, url, status) => {
      const response = await server.http.get(url).expect(status);
      const csp = directives(response.headers['content-security-policy']);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    },
  );

  it('a body refused before any route carries them too', async () => {
    const response = await server.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{')
      .expect(400);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends HSTS only when a trusted proxy says the request came over https', async () => {
    const overTls = await proxied.http.get('/api/health').set('x-forwarded-proto', 'https').expect(200);
    expect(overTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await proxied.http.get('/api/health').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    // Without TRUST_PROXY the header is anyone's to forge: no HSTS on its word.
    const forged = await server.http.get('/api/health').set('x-forwarded-proto', 'https').expect(200);
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });

  it('the OpenAPI page runs no inline script', async () => {
    const page = await server.http.get('/api/docs/').expect(200);
    const inline = [...page.text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter(([, body]) =>
      body.trim(),
    );
    expect(inline).toEqual([]);
  });
});
