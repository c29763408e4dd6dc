import { DataSource } from 'typeorm';
import type { AuthUser } from '../src/modules/identity';
import { ApplicationsService } from '../src/modules/runtime/applications/applications.service';
import type { GroupCommitter } from '../src/common/database/group-committer';
import { CommandExecutor } from '../src/modules/runtime/command-executor.service';
import { authUsers, loginAs, type Session, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Issue 16: each request below answered 5xx before (reproduced against the server as it was); now a 4xx in the
 * contract's shape, and nothing is written. And one applicant's poisoned command no longer fails the others'
 * commands that share its write batch.
 */

jest.setTimeout(60_000);

const SUBMIT = {
  itemCode: 'parallel-review',
  channel: 'online',
  materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
};
/** Yields to the event loop until `condition` holds (no timer: it is asked again after every turn). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

const nestedText = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('hostile input never gives a 5xx', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let window1: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-03-02') });
    admin = await loginAs(server, 'admin');
    alice = await loginAs(server, 'alice');
    bob = await loginAs(server, 'bob');
    window1 = await loginAs(server, 'window1');
  });
  afterAll(() => server?.close());

  const raw = (session: Session, path: string, text: string) =>
    server.http
      .post(path)
      .set('authorization', `Bearer ${session.token}`)
      .set('content-type', 'application/json')
      .send(text);
  const submitCount = async () =>
    (await server.app.get(DataSource).query(`SELECT count(*)::int AS n FROM application`))[0].n as number;

  it.each([
    ['a NUL in a path id', () => alice.get('/api/applications/abc%00def'), 400, 'UNSTORABLE_CHARACTER'],
    ['a NUL in a center id', () => admin.get('/api/centers/a%00b/settings'), 400, 'UNSTORABLE_CHARACTER'],
    ['a control character in a path id', () => alice.get('/api/applications/abc%0Adef'), 400, 'INVALID_CHARACTER'],
    [
      'a 36-character id that is not a UUID',
      () => alice.delete(`/api/attachments/${'a'.repeat(36)}`),
      400,
      'INVALID_PARAMETER',
    ],
    [
      'a path parameter of 201 characters',
      () => admin.get(`/api/catalog/${'x'.repeat(201)}`),
      400,
      'INVALID_PARAMETER',
    ],
    ['?date=2026-02-30', () => admin.get('/api/appointments?date=2026-02-30'), 400, 'VALIDATION_FAILED'],
    [
      'from=9999-12-31 on the public deadline route',
      () => server.http.get('/api/calendar/deadline?from=9999-12-31&days=10'),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'from=0001-01-01 on the public deadline route',
      () => server.http.get('/api/calendar/deadline?from=0001-01-01&days=1'),
      400,
      'VALIDATION_FAILED',
    ],
    ['a NUL in a query value', () => admin.get('/api/applications?receiptNo=a%00b'), 400, 'UNSTORABLE_CHARACTER'],
    ['a huge clock advance', () => admin.post('/api/clock', { advance: 'P99999999D' }), 400, 'CLOCK_OUT_OF_RANGE'],
    [
      'a clock move to year 9999',
      () => admin.post('/api/clock', { now: '9999-12-31T00:00:00Z' }),
      400,
      'CLOCK_OUT_OF_RANGE',
    ],
  ])('%s', async (_label, send, status, code) => {
    const before = await submitCount();
    const response = await send();
    expect({ status: response.status, code: response.body.error?.code }).toEqual({ status, code });
    expect(await submitCount()).toBe(before);
  });

  // Every path parameter that is a UUID: a 36-character look-alike is malformed input, refused before any query.
  const NOT_A_UUID = 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz';
  it.each([
    ['GET /api/applications/{id}', () => alice.get(`/api/applications/${NOT_A_UUID}`)],
    ['GET /api/applications/{id}/events', () => alice.get(`/api/applications/${NOT_A_UUID}/events`)],
    ['POST /api/applications/{id}/{command}', () => admin.post(`/api/applications/${NOT_A_UUID}/accept`)],
    ['GET /api/applications/{id}/attachments', () => alice.get(`/api/applications/${NOT_A_UUID}/attachments`)],
    ['GET /api/applications/{id}/certificate', () => alice.get(`/api/applications/${NOT_A_UUID}/certificate`)],
    [
      'GET /api/applications/{id}/certificate/html',
      () => alice.get(`/api/applications/${NOT_A_UUID}/certificate/html`),
    ],
    ['GET /api/applications/{id}/flow', () => alice.get(`/api/applications/${NOT_A_UUID}/flow`)],
    ['GET /api/applications/{id}/rating', () => alice.get(`/api/applications/${NOT_A_UUID}/rating`)],
    ['GET /api/attachments/{id}/content', () => alice.get(`/api/attachments/${NOT_A_UUID}/content`)],
    ['POST /api/tasks/{id}/claim', () => window1.post(`/api/tasks/${NOT_A_UUID}/claim`)],
    ['POST /api/tasks/{id}/unclaim', () => window1.post(`/api/tasks/${NOT_A_UUID}/unclaim`)],
    ['POST /api/tasks/{id}/complete', () => window1.post(`/api/tasks/${NOT_A_UUID}/complete`, { action: 'accept' })],
    ['POST /api/notifications/{id}/read', () => alice.post(`/api/notifications/${NOT_A_UUID}/read`)],
    [
      'POST /api/notifications/dead-letters/{id}/retry',
      () => admin.post(`/api/notifications/dead-letters/${NOT_A_UUID}/retry`),
    ],
    ['DELETE /api/staff/absence/{id}', () => admin.delete(`/api/staff/absence/${NOT_A_UUID}`)],
    [
      'POST /api/supervision/ledger/{id}/close',
      () => admin.post(`/api/supervision/ledger/${NOT_A_UUID}/close`, { note: 'x' }),
    ],
    ['POST /api/complaints/{id}/answer', () => admin.post(`/api/complaints/${NOT_A_UUID}/answer`, { note: '答复' })],
    ['POST /api/appointments/{id}/cancel', () => alice.post(`/api/appointments/${NOT_A_UUID}/cancel`)],
  ])('a 36-character id that is not a UUID: %s → 400 INVALID_PARAMETER', async (_label, send) => {
    const before = await submitCount();
    const response = await send();
    expect({ status: response.status, code: response.body.error?.code }).toEqual({
      status: 400,
      code: 'INVALID_PARAMETER',
    });
    expect(await submitCount()).toBe(before);
  });

  it.each([
    ['a lone surrogate in a JSON string', JSON.stringify({ ...SUBMIT, data: { a: '\ud800' } }), 'INVALID_CHARACTER'],
    [
      'a lone surrogate in a JSON key',
      `{"itemCode":"parallel-review","channel":"online","materials":[],"data":{"\\udc00":1}}`,
      'INVALID_CHARACTER',
    ],
    ['a NUL in a JSON string', JSON.stringify({ ...SUBMIT, data: { a: 'x\u0000' } }), 'UNSTORABLE_CHARACTER'],
    [
      'JSON nested 5,000 deep',
      JSON.stringify({ ...SUBMIT, data: null }).replace('null', nestedText(5_000)),
      'JSON_TOO_DEEP',
    ],
    ['JSON nested 65 deep', JSON.stringify({ ...SUBMIT, data: null }).replace('null', nestedText(64)), 'JSON_TOO_DEEP'],
  ])('%s in a body', async (_label, text, code) => {
    const before = await submitCount();
    const response = await raw(alice, '/api/applications', text);
    expect({ status: response.status, code: response.body.error?.code }).toEqual({ status: 400, code });
    expect(await submitCount()).toBe(before);
  });

  it('accepts data nested 63 deep (the bound leaves room for any real form)', async () => {
    const response = await raw(
      alice,
      '/api/applications',
      JSON.stringify({ ...SUBMIT, data: null }).replace('null', nestedText(62)),
    );
    expect(response.status).toBe(201);
  });

  it('poisoned submits sent together with valid ones: the poisoned are refused, every valid one is stored', async () => {
    const before = await submitCount();
    const poisoned = JSON.stringify({ ...SUBMIT, data: null }).replace('null', nestedText(5_000));
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 3 === 0
          ? raw(alice, '/api/applications', poisoned)
          : bob.post('/api/applications', { ...SUBMIT, data: { i } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 400 : 201)));
    expect(await submitCount()).toBe(before + 8);
  });

  let deep: unknown = 1;
  for (let i = 0; i < 5_000; i++) deep = { a: deep };
  // Past the edge (called as a service, as a future route or a bug could): data that cannot be written. The
  // second fails with a plain Error, neither the database's SQLSTATE nor a RangeError or TypeError of its own.
  const unwritable: [string, unknown][] = [
    ['data too deep to serialise', deep],
    [
      'data whose serialisation throws',
      {
        toJSON: () => {
          throw new Error('no JSON for this');
        },
      },
    ],
  ];

  it.each(unwritable)(
    'a command that breaks its write batch fails alone (%s): the others in the batch commit',
    async (_, poison) => {
      const db = server.app.get(DataSource);
      const users: Record<string, AuthUser> = await authUsers(db, ['alice', 'bob']);
      const service = server.app.get(ApplicationsService);
      const committer = (
        server.app.get(CommandExecutor) as unknown as { writePath: { committer: GroupCommitter<unknown, unknown> } }
      ).writePath.committer;
      const submit = (user: AuthUser, data: unknown) => service.submit(user, { ...SUBMIT, data } as never);
      const before = await submitCount();
      // A first submit's batch is held at its write by a table lock, so the next ones all queue for one batch.
      const lock = db.createQueryRunner();
      await lock.connect();
      await lock.startTransaction();
      await lock.query('LOCK TABLE application IN EXCLUSIVE MODE');
      const batches = committer.stats.batches;
      const first = submit(users.bob, { first: true });
      await until(() => committer.stats.batches === batches + 1);
      const together = Promise.allSettled([
        submit(users.alice, poison),
        ...Array.from({ length: 6 }, (_, i) => submit(users.bob, { i })),
      ]);
      await until(() => committer.waiting === 7);
      await lock.commitTransaction();
      await lock.release();
      await first;
      const [poisoned, ...valid] = await together;
      expect(committer.stats.batches).toBe(batches + 2);
      expect(poisoned.status).toBe('rejected');
      expect(valid.map((v) => v.status)).toEqual(Array(6).fill('fulfilled'));
      expect(await submitCount()).toBe(before + 7);
    },
  );
});
