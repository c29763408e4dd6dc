import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './utils/test-app';

describe('the server shell', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers health with the database up', async () => {
    const response = await server.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('ran the migrations at start-up', async () => {
    const rows = await server.app.get(DataSource).query(`SELECT name FROM migrations ORDER BY id`);
    expect(rows.map((row: { name: string }) => row.name)).toContain('Centers1767225600000');
  });

  it('serves the OpenAPI page and document', async () => {
    await server.http.get('/api/docs').expect(200).expect('content-type', /html/);
    const document = await server.http.get('/api/docs-json').expect(200);
    expect(Object.keys(document.body.paths)).toContain('/api/health');
  });

  it('answers malformed JSON with 400 in the contract shape', async () => {
    const response = await server.http
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"broken":')
      .expect(400);
    expect(response.body.error.code).toBe('MALFORMED_JSON');
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const big = JSON.stringify({ blob: 'x'.repeat(1024 * 1024 + 10) });
    const response = await server.http.post('/api/health').set('content-type', 'application/json').send(big);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers unknown API routes with 404 in the contract shape', async () => {
    const response = await server.http.get('/api/no-such-thing').expect(404);
    expect(response.body.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serves the web app with client-side routes falling back to index.html', async () => {
    const response = await server.http.get('/supervision').expect(200);
    expect(response.text).toContain('<div id="root">');
  });
});
