import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { createHmac, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IS_PUBLIC, REQUIRED_ROLES } from '../src/modules/identity/auth.decorators';
import { loginAs, type Session, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Hostile callers with real tokens: an applicant probes every route with another applicant's ids; tokens
 * that expired, were forged or name someone else; a reviewer (and an applicant) on every admin route. The
 * routes come from the OpenAPI document and the controllers' own @Roles metadata, so a route added later is
 * covered without touching this file.
 */

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const COMMAND_BODIES: Record<string, object> = {
  accept: {},
  'notify-missing': { missing: ['M03'], note: '请补正' },
  supplement: { materials: [{ code: 'F04' }] },
  reject: { reason: '不予受理' },
  withdraw: {},
  pause: { reason: '专家评审', kind: 'expert-review', expectedDays: 10 },
  resume: {},
  extend: { days: 2, reason: '情况复杂' },
};

interface Route {
  method: string;
  template: string;
  roles: string[] | undefined;
  isPublic: boolean;
}

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signHs256(claims: object, secret: string): string {
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('faults: security of tokens and of other people’s data', () => {
  let server: TestApp;
  let db: DataSource;
  let routes: Route[];
  let openApi: { method: string; template: string }[];
  const s: Record<string, Session> = {};
  /** Everything of alice's that bob must never see or touch. */
  const alices: Record<string, string[]> = {};
  let secrets: string[];

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    db = server.app.get(DataSource);
    for (const name of ['admin', 'window1', 'alice', 'bob', 'planning1', 'super1', 'fire1'])
      s[name] = await loginAs(server, name);
    const { alice, bob, window1, planning1 } = s;

    const waiting = await submitAs(alice, 'parallel-review', ['M01', 'M02'], { secret: 'alice-marker-1' });
    const inReview = await submitAs(alice, 'parallel-review', ['M01', 'M02', 'M03'], { secret: 'alice-marker-2' });
    await window1.post(`/api/applications/${inReview}/accept`).expect(200);
    const supplementing = await submitAs(alice, 'one-time-notice', ['F01', 'F02', 'F03']);
    await window1.post(`/api/applications/${supplementing}/notify-missing`, { missing: ['F04'] }).expect(200);
    const done = await submitAs(alice, 'instant', ['C01', 'C02', 'C03', 'C04', 'C05']);
    await window1.post(`/api/applications/${done}/accept`).expect(200);
    await alice.get(`/api/applications/${done}/certificate`).expect(200);
    const rating = await alice
      .post('/api/ratings', { applicationId: done, score: 1, comment: 'alice-marker-3' })
      .expect(201);
    const file = await server.http
      .post(
        `/api/attachments?${new URLSearchParams({ applicationId: inReview, material: 'M01', name: 'alice-marker-4.pdf' })}`,
      )
      .set('authorization', `Bearer ${alice.token}`)
      .set('content-type', 'application/octet-stream')
      .send(PDF)
      .expect(201);
    const draft = await server.http
      .post(
        `/api/attachments?${new URLSearchParams({ itemCode: 'parallel-review', material: 'M02', name: 'alice-marker-5.pdf' })}`,
      )
      .set('authorization', `Bearer ${alice.token}`)
      .set('content-type', 'application/octet-stream')
      .send(PDF)
      .expect(201);
    const appointment = await alice
      .post('/api/appointments', { itemCode: 'parallel-review', date: '2026-09-29', slot: '10:00' })
      .expect(201);
    const tasks = (await planning1.get('/api/tasks').expect(200)).body.filter(
      (t: { applicationId: string }) => t.applicationId === inReview,
    );
    // Bob has items of his own, so his lists are not empty by accident.
    const bobs = await submitAs(bob, 'parallel-review', ['M01', 'M02', 'M03']);
    await window1.post(`/api/applications/${bobs}/accept`).expect(200);

    const applications = [waiting, inReview, supplementing, done];
    const receipts = (await db.query(`SELECT receipt_no FROM application WHERE id = ANY($1)`, [applications])).map(
      (r: { receipt_no: string }) => r.receipt_no,
    );
    Object.assign(alices, {
      application: applications,
      task: tasks.map((t: { id: string }) => t.id),
      attachment: [file.body.id, draft.body.id],
      appointment: [appointment.body.id],
      rating: [rating.body.id],
    });
    secrets = [
      ...Object.values(alices).flat(),
      ...receipts,
      'alice-marker-1',
      'alice-marker-2',
      'alice-marker-3',
      'alice-marker-4',
      'alice-marker-5',
      '王爱丽',
    ];

    const doc = await server.http.get('/api/docs-json').expect(200);
    openApi = Object.entries(doc.body.paths as Record<string, object>).flatMap(([template, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), template })),
    );
    routes = discoverRoutes();
  });
  afterAll(() => server.close());

  /** Every handler with its route and the @Roles/@Public that the guard reads (handler over class). */
  function discoverRoutes(): Route[] {
    const found: Route[] = [];
    for (const module of server.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
        if (!controller) continue;
        const base = String(Reflect.getMetadata('path', controller) ?? '');
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = controller.prototype[name];
          if (typeof handler !== 'function' || name === 'constructor') continue;
          const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
          if (method === undefined) continue;
          const sub = String(Reflect.getMetadata('path', handler) ?? '');
          const template = `/api/${base}/${sub}`
            .replace(/\/+/g, '/')
            .replace(/\/$/, '')
            .replace(/:(\w+)/g, '{$1}');
          found.push({
            method: RequestMethod[method],
            template,
            roles: Reflect.getMetadata(REQUIRED_ROLES, handler) ?? Reflect.getMetadata(REQUIRED_ROLES, controller),
            isPublic: Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller)),
          });
        }
      }
    }
    return found;
  }

  const fill = (template: string, value: string) => template.replace(/\{[^}]+\}/g, encodeURIComponent(value));
  /** Alice's things in an answer to bob (an id bob sent himself and that comes back in a message is no leak). */
  const leaks = (body: unknown, sent = '') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
    return secrets.filter((secret) => text.includes(secret) && !sent.includes(secret));
  };
  async function aliceRows() {
    const rows = await db.query(
      `SELECT (SELECT json_agg(a ORDER BY a.id) FROM application a WHERE applicant = 'alice') AS apps,
              (SELECT json_agg(e ORDER BY e.id) FROM instance_event e JOIN application a ON a.id = e.application_id WHERE a.applicant = 'alice') AS events,
              (SELECT json_agg(t ORDER BY t.id) FROM task t JOIN application a ON a.id = t.application_id WHERE a.applicant = 'alice') AS tasks,
              (SELECT json_agg(x ORDER BY x.id) FROM attachment x) AS files,
              (SELECT json_agg(p ORDER BY p.id) FROM appointment p) AS appointments,
              (SELECT json_agg(r ORDER BY r.id) FROM rating r) AS ratings`,
    );
    return JSON.stringify(rows);
  }

  it('maps every OpenAPI operation to a controller handler (so no route escapes the checks below)', () => {
    const known = new Set(routes.map((r) => `${r.method} ${r.template}`));
    expect(openApi.filter((op) => !known.has(`${op.method} ${op.template}`))).toEqual([]);
    expect(openApi.length).toBeGreaterThan(40);
  });

  it('never shows an applicant another applicant’s data on any GET route, with any of the other’s ids', async () => {
    const { alice, bob } = s;
    const ids = Object.values(alices).flat();
    const gets = openApi.filter((op) => op.method === 'GET');
    const probed: string[] = [];
    const served: string[] = [];
    const problems: string[] = [];
    for (const op of gets) {
      if (!op.template.includes('{')) {
        // Lists and everything else without ids: bob's answers never carry alice's things.
        const answer = await bob.get(op.template);
        expect(answer.status).toBeLessThan(500);
        if (leaks(answer.body).length) problems.push(`${op.template} → ${leaks(answer.body).join(', ')}`);
        continue;
      }
      for (const id of ids) {
        const path = fill(op.template, id);
        const own = await alice.get(path);
        if (own.status === 200) served.push(path);
        const other = await bob.get(path);
        probed.push(path);
        if (other.status < 400 || other.status >= 500 || leaks(other.body, id).length) {
          problems.push(`${path} → ${other.status} ${JSON.stringify(other.body).slice(0, 120)}`);
        }
      }
    }
    for (const status of ['submitted', 'awaiting-supplement', 'in-review', 'approved']) {
      const list = await bob.get(`/api/applications?status=${status}`).expect(200);
      if (leaks(list.body).length) problems.push(`list ?status=${status} → ${leaks(list.body).join(', ')}`);
    }
    expect(problems).toEqual([]);
    // Not vacuous: alice herself reads her things on those routes, and bob's own list is not empty.
    expect(served.length).toBeGreaterThanOrEqual(12);
    expect(probed.length).toBeGreaterThan(served.length);
    expect((await bob.get('/api/applications').expect(200)).body.length).toBeGreaterThan(0);
    expect(leaks((await alice.get('/api/applications').expect(200)).body).length).toBeGreaterThan(0);
  });

  it('refuses every command, task decision and write of an applicant on another applicant’s things, changing nothing', async () => {
    const { bob } = s;
    const before = await aliceRows();
    const answers: { what: string; status: number }[] = [];
    for (const id of alices.application) {
      for (const [command, body] of Object.entries(COMMAND_BODIES)) {
        const answer = await bob.post(`/api/applications/${id}/${command}`, body).set('Idempotency-Key', randomUUID());
        answers.push({ what: `${command} ${id}`, status: answer.status });
      }
      answers.push({
        what: `rate ${id}`,
        status: (await bob.post('/api/ratings', { applicationId: id, score: 1 })).status,
      });
      const link = await bob.post('/api/attachments/link', { applicationId: id, attachmentIds: alices.attachment });
      answers.push({ what: `link ${id}`, status: link.status });
      const upload = await server.http
        .post(`/api/attachments?${new URLSearchParams({ applicationId: id, material: 'M01', name: 'x.pdf' })}`)
        .set('authorization', `Bearer ${bob.token}`)
        .set('content-type', 'application/octet-stream')
        .send(PDF);
      answers.push({ what: `upload to ${id}`, status: upload.status });
    }
    for (const task of alices.task) {
      for (const decision of ['approve', 'reject', 'return']) {
        answers.push({
          what: `complete ${task}`,
          status: (await bob.post(`/api/tasks/${task}/complete`, { decision })).status,
        });
      }
    }
    for (const id of alices.attachment)
      answers.push({ what: `delete file ${id}`, status: (await bob.delete(`/api/attachments/${id}`)).status });
    for (const id of alices.appointment)
      answers.push({ what: `cancel ${id}`, status: (await bob.post(`/api/appointments/${id}/cancel`)).status });
    expect(answers.filter((a) => ![403, 404].includes(a.status))).toEqual([]);
    expect(answers.length).toBeGreaterThan(40);
    expect(await aliceRows()).toBe(before);
    expect((await bob.get('/api/tasks')).status).toBe(403);
  });

  it('refuses an expired token (JWT_TTL=1s) on every kind of route, and crafted ones signed with the real secret', async () => {
    const [row] = await db.query(`SELECT value FROM app_secret WHERE name = 'jwt'`);
    const secret: string = process.env.JWT_SECRET || row.value;
    const [alice] = await db.query(`SELECT id FROM app_user WHERE username = 'alice'`);
    const now = Math.floor(Date.now() / 1000);
    const call = (token: string, path = '/api/auth/me') =>
      server.http.get(path).set('authorization', `Bearer ${token}`);

    // The crafting is right: a fresh token made the same way is accepted…
    const fresh = signHs256({ sub: alice.id, username: 'alice', iat: now, exp: now + 60 }, secret);
    expect((await call(fresh)).body.username).toBe('alice');
    // …and the same token expired a second ago is not, on a private route; a public route still answers.
    const expired = signHs256({ sub: alice.id, username: 'alice', iat: now - 120, exp: now - 1 }, secret);
    expect((await call(expired)).status).toBe(401);
    expect((await call(expired, '/api/applications')).status).toBe(401);
    expect((await call(expired, `/api/applications/${alices.application[0]}`)).status).toBe(401);
    expect((await call(expired, '/api/catalog')).status).toBe(200);
    // Claims cannot make alice someone else: the account comes from `sub`, and a `sub` must exist.
    const renamed = signHs256({ sub: alice.id, username: 'admin', roles: ['admin'], iat: now, exp: now + 60 }, secret);
    expect((await call(renamed)).body.username).toBe('alice');
    expect((await call(renamed, '/api/definitions')).status).toBe(403);
    expect(
      (await call(signHs256({ sub: randomUUID(), username: 'admin', iat: now, exp: now + 60 }, secret))).status,
    ).toBe(401);
    expect(
      (await call(signHs256({ sub: alice.id, username: 'alice', iat: now, exp: now + 60 }, `${secret}x`))).status,
    ).toBe(401);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: alice.id, username: 'alice', exp: now + 60 })}.`;
    expect((await call(none)).status).toBe(401);
    const hs512 = fresh.replace(/^[^.]+/, b64({ alg: 'HS512', typ: 'JWT' }));
    expect((await call(hs512)).status).toBe(401);

    // A server whose tokens live one second: a token works, then stops working just after it expires.
    const ttl = process.env.JWT_TTL;
    process.env.JWT_TTL = '1s';
    const shortLived = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') }).finally(() => {
      if (ttl === undefined) delete process.env.JWT_TTL;
      else process.env.JWT_TTL = ttl;
    });
    try {
      const login = await shortLived.http
        .post('/api/auth/login')
        .send({ username: 'alice', password: 'alice' })
        .expect(200);
      const expiresAt = Date.parse(login.body.expiresAt);
      expect(expiresAt - Date.now()).toBeLessThanOrEqual(1_000);
      const me = () => shortLived.http.get('/api/auth/me').set('authorization', `Bearer ${login.body.token}`);
      expect((await me()).status).toBe(200);
      const wait = expiresAt + 50 - Date.now();
      expect(wait).toBeLessThanOrEqual(2_000);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
      expect((await me()).status).toBe(401);
      expect((await shortLived.http.get('/api/tasks').set('authorization', `Bearer ${login.body.token}`)).status).toBe(
        401,
      );
    } finally {
      await shortLived.close();
    }
  });

  it('answers a reviewer (and an applicant) with 403 on every admin route', async () => {
    const adminOnly = routes.filter(
      (r) =>
        !r.isPublic &&
        r.roles?.includes('admin') &&
        !r.roles.some((role) => ['reviewer', 'committee', 'applicant'].includes(role)),
    );
    const keys = adminOnly.map((r) => `${r.method} ${r.template}`);
    // The contract's admin routes are among them (so discovery works), and each is in the OpenAPI document.
    for (const known of [
      'POST /api/definitions',
      'POST /api/definitions/{key}/publish',
      'POST /api/catalog',
      'PUT /api/catalog/{code}',
      'PUT /api/calendar/overrides/{date}',
      'DELETE /api/calendar/overrides/{date}',
      'POST /api/staff/{username}/absence',
      'POST /api/clock',
    ]) {
      expect(keys).toContain(known);
    }
    const documented = new Set(openApi.map((op) => `${op.method} ${op.template}`));
    expect(keys.filter((k) => !documented.has(k))).toEqual([]);
    const values: Record<string, string> = {
      key: 'parallel-review',
      code: 'parallel-review',
      date: '2026-10-10',
      username: 'planning1',
      version: '1',
      id: randomUUID(),
    };
    const problems: string[] = [];
    for (const route of adminOnly) {
      const path = route.template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));
      for (const who of ['planning1', 'fire1', 'alice']) {
        const answer = await server.http[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path)
          .set('authorization', `Bearer ${s[who].token}`)
          .send({});
        if (answer.status !== 403) problems.push(`${who}: ${route.method} ${path} → ${answer.status}`);
      }
      // The admin gets past the guard on the same request (whatever the handler then says).
      const own = await server.http[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path)
        .set('authorization', `Bearer ${s.admin.token}`)
        .send(route.method === 'GET' ? undefined : { __probe: true });
      if (own.status === 403 || own.status === 401) problems.push(`admin: ${route.method} ${path} → ${own.status}`);
    }
    expect(problems).toEqual([]);
    expect(adminOnly.length).toBeGreaterThanOrEqual(20);
  });
});
