import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { PreparedQueries } from '../src/common/database/prepared-queries.service';
import { CatalogService } from '../src/modules/catalog/catalog.service';
import type { AuthUser } from '../src/modules/identity';
import { ApplicationsService, CATALOG_ROW_MS } from '../src/modules/runtime/applications/applications.service';
import { authUsers, PARALLEL_REVIEW_ITEM, shanghai } from './utils/session';
import { secondApp, startTestApp, type TestApp } from './utils/test-app';

/*
 * A submit reads its catalog item (and the flow version it starts on) once, then trusts it for a few seconds:
 * a change made in the same process is seen by the very next submit, one made through another API process (a
 * second Nest app on the same database here) once those seconds have passed.
 */

describe('catalog rows a submit remembers', () => {
  let server: TestApp;
  let other: NestExpressApplication;
  let users: Record<string, AuthUser>;

  beforeAll(async () => {
    const env = { CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') };
    server = await startTestApp(env);
    other = await secondApp(server, env);
    users = await authUsers(server.app.get(DataSource), ['alice', 'admin']);
  });
  afterAll(async () => {
    await other.close();
    await server.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const submit = () => server.app.get(ApplicationsService).submit(users.alice, { ...PARALLEL_REVIEW_ITEM });
  /** The promised days the item's instance started with. */
  const promisedDays = async (id: string) => {
    const [row] = await server.app
      .get(DataSource)
      .query(
        `SELECT snapshot->'context'->'limit'->>'promisedDays' AS days FROM process_instance WHERE application_id = $1`,
        [id],
      );
    return Number(row.days);
  };
  /** Sets the item's promised days through an app's catalog service, as an administrator's PUT does. */
  const promise = async (app: NestExpressApplication, days: number) => {
    const catalog = app.get(CatalogService);
    const { code: _code, centerId: _center, updatedAt: _at, ...fields } = await catalog.get('parallel-review');
    await catalog.update(users.admin, 'parallel-review', { ...fields, promisedDays: days });
  };
  /** Moves this process's monotonic time on, as if `ms` had passed. */
  const later = (ms: number) => {
    const now = performance.now.bind(performance);
    jest.spyOn(performance, 'now').mockImplementation(() => now() + ms);
  };

  it('reads the catalog item once: the next submit of it only writes', async () => {
    await submit();
    const prepared = server.app.get(PreparedQueries);
    const lookups = jest.spyOn(prepared, 'lookup');
    const statements = jest.spyOn(prepared, 'query');

    const { id } = await submit();

    expect(lookups).not.toHaveBeenCalled();
    expect(statements).toHaveBeenCalledTimes(1); // the write
    expect(await promisedDays(id)).toBe(10);
  });

  it('sees a catalog change made in this process at the very next submit', async () => {
    await submit();
    await promise(server.app, 8);
    try {
      expect(await promisedDays((await submit()).id)).toBe(8);
    } finally {
      await promise(server.app, 10);
    }
  });

  it('sees a change made through another process once its few seconds have passed, and the row it read until then', async () => {
    await submit();
    await promise(other, 7);
    try {
      expect(await promisedDays((await submit()).id)).toBe(10);
      later(CATALOG_ROW_MS);
      expect(await promisedDays((await submit()).id)).toBe(7);
    } finally {
      await promise(other, 10);
    }
  });
});
