import fc from 'fast-check';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { loginAs, type Session, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * 10,000 random and malformed requests across every route of the OpenAPI document: real and random ids,
 * hostile path segments and query strings, random JSON, malformed JSON, wrong content types, huge strings,
 * prototype-pollution keys and unicode, with admin, officer, reviewer, supervisor, applicant, another
 * center's, broken and no tokens. No answer may be a 5xx or leak internals, and no row of any table may
 * change (a digest of every table before and after; the login limiter's attempt counters are left out).
 *
 * A request that could legitimately change something is never generated: a valid token and a real id on a
 * mutating route only go together with malformed JSON, with a stale If-Match (commands: the version check
 * refuses after the body was parsed), or with a decision that is no decision (tasks).
 */

// About 15–20 s on a quiet machine. `npm run test:faults` runs it again with another seed (FAULTS_FUZZ_SEED).
const REQUESTS = Number(process.env.FAULTS_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FAULTS_FUZZ_SEED ?? 1_729);
const PARALLEL = 8;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const COMMANDS = ['accept', 'notify-missing', 'supplement', 'reject', 'withdraw', 'pause', 'resume', 'extend'];

interface Operation {
  method: string;
  template: string;
  params: string[];
  query: string[];
}

interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Why this request cannot change anything (for the failure report). */
  note: string;
  /** `METHOD /template` of the operation it was drawn from. */
  route?: string;
}

interface RawAnswer {
  status: number;
  type: string;
  body: string;
}

// ---------------------------------------------------------------------------------------------------------
// Hostile values

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'isAdmin', 'roles'];
const HOSTILE_TEXT = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '..',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '%2e%2e%2f',
  "' OR '1'='1",
  "'; DROP TABLE application; --",
  '$where',
  '{"$gt":""}',
  '<script>alert(1)</script>',
  '${7*7}',
  '\u0000',
  '\u202e\u200b\ufeff',
  '𠮷野家',
  '办件',
  'ＡＢＣ',
  '٣',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  // Issue 16: each of these once gave a 5xx somewhere (a 36-character non-UUID, a day that does not exist, days
  // past the calendars, a lone surrogate, a NUL inside an id, clock moves no Date can hold).
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  'a'.repeat(36),
  'abc\u0000def',
  '2026-02-30',
  '9999-12-31',
  '0001-01-01',
  '\ud800',
  'x\udfffy',
  'P99999999D',
  '9999-12-31T00:00:00Z',
];

const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 5 }).map((n) => '长'.repeat(10 ** n)) },
);
/** For paths, query strings and headers: at most a few kilobytes, so most requests get past Node's header limit. */
const shortText = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => '长'.repeat(10 ** n)) },
);
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true }).filter(Number.isFinite),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
/** A value of another JSON type than `like`, so the field it replaces cannot validate. */
const wrongTypeFor = (like: unknown): fc.Arbitrary<unknown> => {
  const candidates: fc.Arbitrary<unknown>[] = [
    fc.constant(null),
    fc.dictionary(key, json, { maxKeys: 3 }),
    fc.array(json, { maxLength: 3 }),
    fc.boolean(),
    fc.integer(),
    text,
  ];
  const type = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  return fc.oneof(...candidates).filter((v) => type(v) !== type(like) || (typeof v === 'string' && v === ''));
};

const MALFORMED = [
  '{',
  '{"a":',
  '{"missing": [1, 2}',
  "{'single': 1}",
  '[1,2,,3]',
  'nul',
  'tru',
  '{"a":1}}',
  '\u0000',
  '{"__proto__": {"polluted": true}',
  '{"a": 1, "a": 2, }',
  '{"n": 1e99999}x',
  '\uFEFF{"bom": 1',
  '{"deep": ' + '['.repeat(50),
];

// ---------------------------------------------------------------------------------------------------------
// The world the fuzzer aims at

interface World {
  ids: Record<string, string[]>;
  tokens: Record<string, string>;
  ops: Operation[];
}

/** Valid bodies of the routes that take one; the fuzzer breaks one required field (to another type). */
function validBodies(world: World): Record<string, { body: Record<string, unknown>; required: string[] }> {
  const app = world.ids.application[0];
  return {
    'POST /api/auth/login': { body: { username: 'alice', password: 'wrong' }, required: ['username', 'password'] },
    'POST /api/applications': {
      body: { itemCode: 'parallel-review', channel: 'online', materials: [{ code: 'M01' }], data: { area: 1 } },
      required: ['itemCode', 'channel', 'materials', 'data'],
    },
    'POST /api/applications/{id}/{command}': {
      body: { missing: ['M01'], note: '请补正', materials: [{ code: 'M01' }], reason: '理由', days: 2, kind: 'other' },
      required: ['missing', 'materials', 'reason', 'days'],
    },
    'POST /api/tasks/{id}/complete': { body: { decision: 'approve', comment: '同意' }, required: ['decision'] },
    'POST /api/definitions': {
      body: { key: 'fuzz-flow', name: '流程', nodes: [], edges: [] },
      required: ['key', 'name', 'nodes', 'edges'],
    },
    'POST /api/definitions/validate': {
      body: { key: 'fuzz-flow', name: '流程', nodes: [], edges: [] },
      required: ['nodes'],
    },
    'POST /api/definitions/{key}/publish': { body: { version: 1 }, required: ['version'] },
    'POST /api/catalog': {
      body: {
        code: 'fuzz-item',
        name: '事项',
        department: '部门',
        legalBasis: '依据',
        flowKey: 'instant',
        statutoryDays: 3,
        promisedDays: 1,
      },
      required: ['code', 'name', 'department', 'legalBasis', 'flowKey', 'statutoryDays', 'promisedDays'],
    },
    'PUT /api/catalog/{code}': {
      body: {
        code: 'instant',
        name: '事项',
        department: '部门',
        legalBasis: '依据',
        flowKey: 'instant',
        statutoryDays: 3,
        promisedDays: 1,
      },
      required: ['name', 'department', 'legalBasis', 'flowKey', 'statutoryDays', 'promisedDays'],
    },
    'POST /api/clock': { body: { advance: 'P1D' }, required: ['advance'] },
    'POST /api/staff/{username}/absence': {
      body: { from: '2026-12-01T00:00:00+08:00', to: '2026-12-02T00:00:00+08:00' },
      required: ['from', 'to'],
    },
    'PUT /api/calendar/overrides/{date}': { body: { workday: true, note: '调休' }, required: ['workday'] },
    'POST /api/supervision/ledger/{id}/close': { body: { note: '已整改' }, required: ['note'] },
    'POST /api/complaints/{id}/answer': { body: { note: '已整改' }, required: ['note'] },
    'POST /api/attachments/link': {
      body: { applicationId: app, attachmentIds: world.ids.attachment },
      required: ['applicationId', 'attachmentIds'],
    },
    'POST /api/appointments': {
      body: { itemCode: 'construction-permit', date: '2026-09-29', slot: '09:00' },
      required: ['itemCode', 'date', 'slot'],
    },
    'POST /api/ratings': {
      body: { applicationId: app, score: 5, tags: [], comment: '' },
      required: ['applicationId', 'score'],
    },
    'PUT /api/ratings/settings': { body: { complaintDays: 5 }, required: ['complaintDays'] },
  };
}

const INVALID_TOKENS = ['none', 'garbage', 'forged', 'unsigned', 'basic', 'huge'];
const MUTATING = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
/** POST routes that only read. */
const READ_ONLY_POSTS = new Set(['POST /api/definitions/validate', 'POST /api/auth/login']);
/** Commands that take no input: any signed-in call is a valid one, so none of them is hostile. */
const NO_INPUT_POSTS = new Set(['POST /api/notifications/read-all', 'POST /api/auth/logout']);

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'broken-field'; value: Record<string, unknown> }
  | { kind: 'malformed'; text: string }
  | { kind: 'huge'; bytes: number }
  | { kind: 'bytes'; value: Uint8Array }
  /** Issue 16: JSON nested thousands deep, alone or as one field of an otherwise valid body. */
  | { kind: 'deep'; depth: number; inside: Record<string, unknown> | null; field: string };

interface Draft {
  op: Operation;
  method: string;
  params: { value: string; real: boolean; encode: 'component' | 'raw' }[];
  query: [string, string][];
  token: string;
  contentType: string | null;
  body: Body;
  idempotencyKey: string | null;
  ifMatch: string | null;
  unknownPath: string | null;
}

function draftArb(world: World): fc.Arbitrary<Draft> {
  const bodies = validBodies(world);
  const paramValue = (name: string) => {
    const real = world.ids[name] ?? [];
    const random = fc.oneof(
      fc.uuid().map((value) => ({ value, real: false })),
      shortText.map((value) => ({ value, real: false })),
      fc.integer({ min: -5, max: 1e6 }).map((value) => ({ value: String(value), real: false })),
    );
    const known = real.length ? fc.constantFrom(...real).map((value) => ({ value, real: true })) : random;
    const candidates =
      name === 'command'
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...COMMANDS).map((value) => ({ value, real: false })) },
            { weight: 1, arbitrary: random },
          )
        : fc.oneof({ weight: 2, arbitrary: known }, { weight: 3, arbitrary: random });
    return fc
      .tuple(candidates, fc.constantFrom('component' as const, 'component' as const, 'raw' as const))
      .map(([p, encode]) => ({ ...p, encode }));
  };
  // The runtime's routes (items, commands, tasks) are drawn four times as often as the rest.
  const runtime = (op: Operation) => /^\/api\/(applications|tasks)/.test(op.template);
  const validTokens = Object.keys(world.tokens).filter((name) => !INVALID_TOKENS.includes(name));
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constantFrom(...world.ops.filter(runtime)) },
      { weight: 3, arbitrary: fc.constantFrom(...world.ops.filter((op) => !runtime(op))) },
    )
    .chain((op) =>
      fc.record({
        op: fc.constant(op),
        method: fc.oneof(
          { weight: 9, arbitrary: fc.constant(op.method) },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS') },
        ),
        params: fc.tuple(...op.params.map(paramValue)),
        query: fc.array(
          fc.tuple(fc.oneof(fc.constantFrom(...op.query, 'status', 'limit', 'id'), key, fc.constant('a[b][c]')), text),
          { maxLength: 3 },
        ),
        token: fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...validTokens) },
          { weight: 1, arbitrary: fc.constantFrom(...INVALID_TOKENS) },
        ),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'application/json',
          'application/json; charset=utf-16',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/octet-stream',
          'application/xml',
          null,
        ),
        body: fc.oneof(
          { weight: 2, arbitrary: fc.constant<Body>({ kind: 'none' }) },
          { weight: 4, arbitrary: json.map<Body>((value) => ({ kind: 'json', value })) },
          ...(bodies[opKey(op)] ? [{ weight: 5, arbitrary: brokenBody(bodies[opKey(op)]) }] : []),
          { weight: 2, arbitrary: fc.constantFrom(...MALFORMED).map<Body>((t) => ({ kind: 'malformed', text: t })) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(1_000, 500_000, 1_100_000).map<Body>((bytes) => ({ kind: 'huge', bytes })),
          },
          { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map<Body>((value) => ({ kind: 'bytes', value })) },
          { weight: 1, arbitrary: deepBody(bodies[opKey(op)]) },
        ),
        idempotencyKey: fc.option(fc.oneof(shortText, fc.constantFrom('retry-1', 'k'.repeat(200))), { nil: null }),
        ifMatch: fc.option(fc.oneof(shortText, fc.constantFrom('1', 'W/"2"', '999999')), { nil: null }),
        unknownPath: fc.oneof(
          { weight: 19, arbitrary: fc.constant(null) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '/api/../api/health',
              '/api//applications',
              '/api/applications/',
              '/api/%2e%2e/admin',
              '/api/unknown',
              '/api/applications/x/y/z/w',
            ),
          },
        ),
      }),
    )
    .map((d) =>
      // Commands on real items go with a stale version, so a body that parses is still refused (see whySafe).
      opKey(d.op) === 'POST /api/applications/{id}/{command}' && d.params[0]?.real ? { ...d, ifMatch: '999999' } : d,
    );
}

function brokenBody(valid: { body: Record<string, unknown>; required: string[] }): fc.Arbitrary<Body> {
  return fc
    .record({
      field: fc.constantFrom(...valid.required),
      extra: fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), json, { maxKeys: 2 }),
    })
    .chain(({ field, extra }) =>
      wrongTypeFor(valid.body[field]).map<Body>((wrong) => {
        const value: Record<string, unknown> = { ...valid.body };
        for (const [k, v] of Object.entries(extra))
          Object.defineProperty(value, k, { value: v, enumerable: true, writable: true, configurable: true });
        value[field] = wrong;
        return { kind: 'broken-field', value };
      }),
    );
}

function deepBody(valid: { body: Record<string, unknown>; required: string[] } | undefined): fc.Arbitrary<Body> {
  return fc
    .record({
      depth: fc.constantFrom(65, 500, 5_000),
      field: valid ? fc.constantFrom(...Object.keys(valid.body)) : fc.constant('data'),
      inside: fc.constant(valid?.body ?? null),
    })
    .map<Body>((deep) => ({ kind: 'deep', ...deep }));
}

/** `{"a":[{"a":[…1…]}]}`, as text: JSON.stringify of so deep a value would overflow the sender's own stack. */
function nestedJson(depth: number): string {
  const open: string[] = [];
  for (let i = 0; i < depth; i++) open.push(i % 2 ? '[' : '{"a":');
  return (
    open.join('') +
    '1' +
    open
      .reverse()
      .map((o) => (o === '[' ? ']' : '}'))
      .join('')
  );
}

const opKey = (op: Operation) => `${op.method} ${op.template}`;

/** Whether a draft can change nothing whatever the server does with it; a reason, or null when it might. */
function whySafe(d: Draft): string | null {
  const route = opKey(d.op);
  if (d.unknownPath) return 'unknown path';
  if (!MUTATING.has(d.method)) return 'read';
  if (d.method !== d.op.method) return 'method not routed';
  if (READ_ONLY_POSTS.has(route)) return 'read-only POST';
  if (!['admin', 'window1', 'alice', 'bob', 'planning1', 'super1', 'county-admin'].includes(d.token))
    return 'no valid token';
  if (d.body.kind === 'malformed' && d.contentType === 'application/json') return 'malformed JSON';
  if (d.body.kind === 'deep' && d.contentType === 'application/json') return 'nested too deep';
  if (d.body.kind === 'huge' && d.body.bytes > 1_048_576 && d.contentType?.startsWith('application/json'))
    return 'too large';
  if (
    d.body.kind === 'broken-field' &&
    d.contentType === 'application/json' &&
    route !== 'POST /api/applications/{id}/{command}'
  ) {
    return 'a required field of the wrong type';
  }
  if (route === 'POST /api/applications/{id}/{command}' && d.ifMatch === '999999') return 'stale If-Match';
  if (route === 'POST /api/tasks/{id}/complete') {
    const decision =
      d.contentType === 'application/json' && d.body.kind === 'json'
        ? (d.body.value as { decision?: unknown })?.decision
        : undefined;
    return ['approve', 'reject', 'return'].includes(decision as string) ? null : 'no decision';
  }
  if (NO_INPUT_POSTS.has(route)) return null;
  if (d.op.params.length === 0) {
    // Creating routes: only random JSON, never the right fields.
    return d.body.kind === 'json' || d.body.kind === 'none' || d.body.kind === 'bytes' || d.body.kind === 'huge'
      ? 'random body'
      : null;
  }
  if (d.params.every((p) => !p.real)) return 'random ids';
  return null;
}

/** Lone surrogates become U+FFFD, as they would on any wire. */
const wellFormed = (value: string) => Buffer.from(value, 'utf8').toString('utf8');
const enc = (value: string) => encodeURIComponent(wellFormed(value));
/** Node refuses to send some characters in a path; a raw segment keeps everything else as it is (`%zz` too). */
const rawSegment = (value: string) => wellFormed(value).replace(/[^\x21-\x7e]|[/?#]/gu, (c) => encodeURIComponent(c));

function toRequest(d: Draft, world: World): RawRequest {
  let i = 0;
  const path = d.unknownPath
    ? d.unknownPath
    : d.op.template.replace(/\{[^}]+\}/g, () => {
        const p = d.params[i++];
        return p.encode === 'raw' ? rawSegment(p.value) : enc(p.value);
      });
  const query = d.query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  const headers: Record<string, string> = {};
  const token = world.tokens[d.token];
  if (token) headers.authorization = token;
  if (d.contentType) headers['content-type'] = d.contentType;
  if (d.idempotencyKey !== null) headers['idempotency-key'] = enc(d.idempotencyKey).slice(0, 4_000);
  if (d.ifMatch !== null) headers['if-match'] = d.ifMatch === '999999' ? d.ifMatch : enc(d.ifMatch);
  let body: Buffer | undefined;
  switch (d.body.kind) {
    case 'json':
    case 'broken-field':
      body = Buffer.from(JSON.stringify(d.body.value) ?? 'null');
      break;
    case 'malformed':
      body = Buffer.from(d.body.text);
      break;
    case 'huge':
      body = Buffer.from(JSON.stringify({ reason: 'x'.repeat(d.body.bytes), missing: ['M01'] }));
      break;
    case 'bytes':
      body = Buffer.from(d.body.value);
      break;
    case 'deep': {
      const deep = nestedJson(d.body.depth);
      const others = Object.entries(d.body.inside ?? {}).filter(([k]) => k !== (d.body as { field: string }).field);
      const rest = others.length ? JSON.stringify(Object.fromEntries(others)).slice(1, -1) : '';
      body = Buffer.from(`{${rest}${rest ? ',' : ''}${JSON.stringify(d.body.field)}:${deep}}`);
      break;
    }
  }
  if (d.method === 'GET' || d.method === 'HEAD') body = undefined;
  return {
    method: d.method,
    path: `${path}${query ? `?${query}` : ''}`,
    headers,
    body,
    note: whySafe(d) ?? '?',
    route: d.unknownPath ? undefined : opKey(d.op),
  };
}

// ---------------------------------------------------------------------------------------------------------

describe('faults: 10,000 hostile requests change nothing and never fail the server', () => {
  let server: TestApp;
  let db: DataSource;
  let port: number;
  const agent = new http.Agent({ keepAlive: true, maxSockets: PARALLEL });
  const world: World = { ids: {}, tokens: {}, ops: [] };

  function send(req: RawRequest, keepAlive = true): Promise<RawAnswer> {
    return new Promise((resolve) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: req.method,
          path: req.path,
          headers: req.headers,
          agent: keepAlive ? agent : false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', () => resolve({ status: -1, type: '', body: 'response aborted' }));
        },
      );
      // The server may answer (413, 431) and close before a huge body is sent: that is an answer, not a crash.
      request.on('error', (error) => resolve({ status: -1, type: '', body: String(error) }));
      request.end(req.body);
    });
  }

  async function digest(): Promise<Record<string, string>> {
    const tables: { name: string }[] = await db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    // Login attempts are counted (login_attempt) whether or not they succeed: the one table a refusal writes.
    for (const { name } of tables.filter((table) => table.name !== 'login_attempt')) {
      const [row] = await db.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`,
      );
      result[name] = `${row.n}:${row.h}`;
    }
    return result;
  }

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    db = server.app.get(DataSource);
    await server.app.listen(0, '127.0.0.1');
    port = (server.app.getHttpServer().address() as AddressInfo).port;
    const names = ['admin', 'window1', 'alice', 'bob', 'planning1', 'super1', 'county-admin'];
    const sessions: Record<string, Session> = {};
    for (const name of names) sessions[name] = await loginAs(server, name);
    await seed(sessions);
    for (const name of names) world.tokens[name] = `Bearer ${sessions[name].token}`;
    const [head, payload, signature] = sessions.alice.token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), username: 'admin' }),
    ).toString('base64url');
    Object.assign(world.tokens, {
      none: '',
      garbage: 'Bearer not.a.token',
      forged: `Bearer ${head}.${forged}.${signature}`,
      unsigned: `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`,
      basic: 'Basic YWRtaW46YWRtaW4=',
      huge: `Bearer ${'a'.repeat(4_000)}`,
    });
    const doc = await server.http.get('/api/docs-json').expect(200);
    for (const [template, operations] of Object.entries(
      doc.body.paths as Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        const parameters = operation.parameters ?? [];
        world.ops.push({
          method: method.toUpperCase(),
          template,
          params: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
          query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        });
      }
    }
  });
  afterAll(async () => {
    agent.destroy();
    await server.close();
  });

  /** Items in every state, a task, files, an appointment, a complaint, ledger rows, an absence: real ids. */
  async function seed(s: Record<string, Session>) {
    const { alice, bob, window1, planning1, admin } = s;
    const parallel = ['M01', 'M02', 'M03'];
    const submitted = await submitAs(alice, 'parallel-review', parallel);
    const inReview = await submitAs(alice, 'parallel-review', parallel);
    await window1.post(`/api/applications/${inReview}/accept`).expect(200);
    const decided = await submitAs(alice, 'parallel-review', parallel);
    await window1.post(`/api/applications/${decided}/accept`).expect(200);
    const tasks = (await planning1.get('/api/tasks').expect(200)).body as { id: string; applicationId: string }[];
    const decidedTask = tasks.find((t) => t.applicationId === decided)!.id;
    await planning1
      .post(`/api/tasks/${decidedTask}/complete`, { decision: 'reject', comment: '用地性质不符' })
      .expect(200);
    const waiting = await submitAs(alice, 'one-time-notice', ['F01', 'F02']);
    await window1
      .post(`/api/applications/${waiting}/notify-missing`, { missing: ['F03', 'F04'], note: '请补正' })
      .expect(200);
    const instant = await submitAs(alice, 'instant', ['C01', 'C02', 'C03', 'C04', 'C05']);
    await window1.post(`/api/applications/${instant}/accept`).set('Idempotency-Key', 'retry-1').expect(200);
    const bobs = await submitAs(bob, 'parallel-review', parallel);
    const openTasks = ((await planning1.get('/api/tasks').expect(200)).body as { id: string }[]).map((t) => t.id);
    const optional = async (what: string, run: () => Promise<string[]>) => {
      try {
        return await run();
      } catch (error) {
        console.warn(`fuzz world: no ${what} (${error instanceof Error ? error.message : error})`);
        return [];
      }
    };
    const attachment = await optional('attachment', async () => {
      const draft = await server.http
        .post(
          `/api/attachments?${new URLSearchParams({ itemCode: 'construction-permit', material: 'P01', name: '申请表.pdf' })}`,
        )
        .set('authorization', `Bearer ${alice.token}`)
        .set('content-type', 'application/octet-stream')
        .send(PDF)
        .expect(201);
      return [draft.body.id];
    });
    const appointment = await optional('appointment', async () => {
      const booked = await alice
        .post('/api/appointments', { itemCode: 'construction-permit', date: '2026-09-29', slot: '10:00' })
        .expect(201);
      return [booked.body.id];
    });
    const rating = await optional('rating', async () => {
      const rated = await alice.post('/api/ratings', { applicationId: instant, score: 1, comment: '差' }).expect(201);
      return [rated.body.id];
    });
    await optional('certificate', async () => {
      await alice.get(`/api/applications/${instant}/certificate`).expect(200);
      return [];
    });
    const ledger = await optional('ledger rows', async () =>
      ((await s.super1.get('/api/supervision/ledger').expect(200)).body as { id: string }[]).map((r) => r.id),
    );
    const absence = await optional('absence', async () => {
      const made = await admin.post('/api/staff/planning1/absence', {
        from: '2026-12-01T00:00:00+08:00',
        to: '2026-12-03T00:00:00+08:00',
      });
      if (made.status >= 300) throw new Error(`${made.status}`);
      return [made.body.id];
    });
    world.ids = {
      application: [submitted, inReview, decided, waiting, instant, bobs],
      task: [...openTasks, decidedTask],
      attachment,
      id: [
        submitted,
        inReview,
        decided,
        waiting,
        instant,
        bobs,
        ...openTasks,
        decidedTask,
        ...attachment,
        ...appointment,
        ...rating,
        ...ledger,
        ...absence,
      ],
      key: ['parallel-review', 'instant', 'construction-permit', 'one-time-notice'],
      code: ['parallel-review', 'instant', 'construction-permit', 'one-time-notice'],
      username: ['planning1', 'alice', 'admin'],
      date: ['2026-10-01', '2026-10-10'],
      year: ['2026', '2027'],
      version: ['1', '2'],
    };
  }

  /** Every GET with every real id and every token once, so that lazy first reads (certificate numbers) are done. */
  async function warmUp() {
    const gets = world.ops.filter((op) => op.method === 'GET');
    const requests: RawRequest[] = [];
    for (const op of gets) {
      // Item routes with item ids; other routes with every real id of their parameter.
      const pool = (name: string) =>
        name === 'id' && op.template.startsWith('/api/applications/') ? world.ids.application : world.ids[name];
      const fills = op.params.reduce<string[][]>(
        (acc, name) => acc.flatMap((prefix) => pool(name).map((v) => [...prefix, v])),
        [[]],
      );
      for (const fill of fills) {
        let i = 0;
        const path = op.template.replace(/\{[^}]+\}/g, () => encodeURIComponent(fill[i++]));
        // The owner, the window and the admin between them may read everything there is to read.
        for (const token of ['admin', 'window1', 'alice']) {
          requests.push({ method: 'GET', path, headers: { authorization: world.tokens[token] }, note: 'warm-up' });
        }
      }
    }
    const answers = await pool(requests);
    return answers.filter((a) => a.answer.status >= 500);
  }

  async function pool(requests: RawRequest[]) {
    const answers: { req: RawRequest; answer: RawAnswer }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < requests.length) {
          const req = requests[next++];
          let answer = await send(req);
          // A kept-alive socket the server closed after an earlier answer (413, 431): try once on a fresh one.
          if (answer.status === -1) answer = await send(req, false);
          answers.push({ req, answer });
        }
      }),
    );
    return answers;
  }

  it(`answers ${REQUESTS} random and malformed requests with no 5xx and no change of state`, async () => {
    expect(world.ops.length).toBeGreaterThan(40);
    let t0 = performance.now();
    expect(await warmUp()).toEqual([]);
    const warmed = performance.now() - t0;
    t0 = performance.now();
    const before = await digest();
    const digested = performance.now() - t0;
    t0 = performance.now();
    const drafts = fc.sample(
      draftArb(world).filter((d) => whySafe(d) !== null),
      { numRuns: REQUESTS, seed: SEED },
    );
    const requests = drafts.map((d) => toRequest(d, world));
    console.log(
      `timing: warm-up ${warmed.toFixed(0)} ms, digest ${digested.toFixed(0)} ms, generation ${(performance.now() - t0).toFixed(0)} ms`,
    );
    const started = performance.now();
    const answers = await pool(requests);
    const seconds = (performance.now() - started) / 1000;

    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    const routesHit = new Set<string>();
    for (const { req, answer } of answers) {
      byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
      routesHit.add(req.path.split('?')[0].replace(/[^/]{20,}/g, ':x'));
      const describe = () =>
        `${req.method} ${req.path.slice(0, 300)} [${req.note}] ${JSON.stringify(req.headers).slice(0, 200)} body=${req.body?.toString('utf8').slice(0, 200)}`;
      if (answer.status >= 500) failures.push(`${answer.status} ← ${describe()}: ${answer.body.slice(0, 300)}`);
      else if (
        answer.status === -1 &&
        !(req.body && req.body.length > 1_000_000) &&
        !(req.headers.authorization?.length > 4_000)
      ) {
        failures.push(`connection failed ← ${describe()}: ${answer.body}`);
      } else if (answer.status >= 400 && answer.type.includes('json') && req.method !== 'HEAD') {
        const code = (() => {
          try {
            return JSON.parse(answer.body)?.error?.code;
          } catch {
            return undefined;
          }
        })();
        if (typeof code !== 'string')
          failures.push(`error outside the contract's shape ← ${describe()}: ${answer.body.slice(0, 200)}`);
      }
      // Every mutating request was built to be refused: a 2xx means the server took input it should not have.
      if (
        answer.status >= 200 &&
        answer.status < 300 &&
        MUTATING.has(req.method) &&
        !READ_ONLY_POSTS.has(req.route ?? '')
      ) {
        failures.push(`accepted ← ${describe()}: ${answer.body.slice(0, 200)}`);
      }
      if (/QueryFailedError|node_modules|\n\s+at |duplicate key|syntax error at/.test(answer.body)) {
        failures.push(`internals leaked ← ${describe()}: ${answer.body.slice(0, 300)}`);
      }
    }
    console.log(
      `fuzz API: ${answers.length} requests in ${seconds.toFixed(1)} s (${(answers.length / seconds).toFixed(0)}/s) over ` +
        `${world.ops.length} operations; statuses ${[...byStatus]
          .sort((a, b) => a[0] - b[0])
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(await digest()).toEqual(before);
    // The server shares this process: nothing reached Object.prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(answers.length).toBe(REQUESTS);
    // It hit the handlers, not only the guard: plenty of 400/404/409 besides 401/403.
    for (const status of [400, 401, 403, 404]) expect(byStatus.get(status) ?? 0).toBeGreaterThan(REQUESTS / 50);
    expect(byStatus.get(409) ?? 0).toBeGreaterThan(REQUESTS / 1_000);
  }, 180_000);
});
