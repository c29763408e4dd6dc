import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PreparedQueries } from '../src/common/database/prepared-queries.service';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Lookups that arrive together share one statement on real PostgreSQL: each caller still gets exactly its own
 * rows (none, one or several), and one caller's unstorable argument fails only that caller.
 */

const CATALOG = `SELECT code, center_id AS "centerId" FROM catalog_item WHERE code = $1`;
const USERS_OF_CENTER = `SELECT username FROM app_user WHERE center_id = $1 AND $2::text[] @> roles ORDER BY username`;

describe('batched lookups', () => {
  let server: TestApp;
  let prepared: PreparedQueries;
  let db: DataSource;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual' });
    prepared = server.app.get(PreparedQueries);
    db = server.app.get(DataSource);
  });
  afterAll(() => server.close());
  afterEach(() => jest.restoreAllMocks());

  it('answers each of many simultaneous lookups with its own rows, in fewer statements', async () => {
    const codes: string[] = (await db.query(`SELECT code FROM catalog_item ORDER BY code`)).map(
      (r: { code: string }) => r.code,
    );
    expect(codes.length).toBeGreaterThan(1);
    const asked = [...codes, 'no-such-item', ...codes.slice().reverse()];
    const statements = jest.spyOn(prepared, 'query');

    const answers = await Promise.all(asked.map((code) => prepared.lookup(CATALOG, ['text'], [code])));

    const alone = await Promise.all(asked.map((code) => db.query(CATALOG, [code])));
    expect(answers).toEqual(alone);
    expect(answers[codes.length]).toEqual([]);
    expect(statements.mock.calls.length).toBeLessThan(asked.length / 2);
  });

  it('keeps several rows per lookup apart, and several parameters per lookup together', async () => {
    const asked: [string, string[]][] = [
      ['demo-city', ['reviewer']],
      ['demo-city', ['officer']],
      ['nowhere', ['officer']],
      ['demo-city', ['applicant']],
    ];
    const answers = await Promise.all(asked.map((args) => prepared.lookup(USERS_OF_CENTER, ['text', 'text[]'], args)));
    const alone = await Promise.all(asked.map((args) => db.query(USERS_OF_CENTER, args)));
    expect(answers).toEqual(alone);
    expect(answers[0].length).toBeGreaterThan(1);
    expect(answers[2]).toEqual([]);
  });

  it('fails only the lookup whose argument PostgreSQL refuses', async () => {
    const [{ code }] = await db.query(`SELECT code FROM catalog_item LIMIT 1`);
    const results = await Promise.allSettled([
      prepared.lookup(CATALOG, ['text'], [code]),
      prepared.lookup(CATALOG, ['text'], ['bad\u0000code']),
      prepared.lookup(CATALOG, ['text'], [randomUUID()]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[0] as PromiseFulfilledResult<unknown[]>).value).toEqual([{ code, centerId: expect.any(String) }]);
  });
});
