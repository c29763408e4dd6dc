import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PreparedQueries } from '../src/common/database/prepared-queries.service';
import { CatalogChanges } from '../src/modules/definitions/catalog-changes.service';
import { ApplicationCommands } from '../src/modules/runtime/applications/application-commands.service';
import { ApplicationsService } from '../src/modules/runtime/applications/applications.service';
import { BATCH_WRITE_SQL } from '../src/modules/runtime/write-path/batch-statement';
import { InstanceCache } from '../src/modules/runtime/write-path/instance-cache.service';
import { TasksService } from '../src/modules/runtime/tasks/tasks.service';
import { authUsers, PARALLEL_REVIEW_ITEM, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * The hot path's prepared statements (the batched lookups every command starts with, and tongban_write_batch)
 * keep their plans for the life of a connection, so the plans must not depend on how big the tables were when
 * they were made. Three dozen whole items go through the services, three at a time so that their lookups share
 * statements as they do under load, every hot statement on one connection made the way the hot path makes its own, with auto_explain printing each plan — past the point where PostgreSQL
 * switches to generic plans, which is when a plan made for near-empty tables used to hash-join a whole-table
 * scan of task into every decision. None may scan a whole table.
 */

const REVIEWER: Record<string, string> = { plan: 'planning1', fire: 'fire1', env: 'env1' };
/** Items moved side by side, so that their lookups meet and go as one batched statement. */
const SIDE_BY_SIDE = 3;
const ROUNDS = 12;
/** PostgreSQL plans a prepared statement anew for its first five runs, then may keep a generic plan. */
const CUSTOM_PLAN_RUNS = 5;
const HOT_TABLES = 'process_instance|application|task|timer|instance_event|catalog_item|flow_definition';

describe('hot path plans', () => {
  let server: TestApp;
  let client: Client;
  const plans: string[] = [];

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    client = new Client(server.app.get(PreparedQueries).connectionConfig());
    await client.connect();
    client.on('notice', (notice) => plans.push(notice.message ?? ''));
    await client.query(`LOAD 'auto_explain'`);
    await client.query(`SET auto_explain.log_min_duration = 0`);
    await client.query(`SET auto_explain.log_nested_statements = on`);
    await client.query(`SET auto_explain.log_level = notice`);
    await client.query(`SET client_min_messages = notice`);
  });
  afterAll(async () => {
    await client.end();
    await server.close();
  });

  it('finds every row it reads or writes through its key, with plans made once per connection', async () => {
    const prepared = server.app.get(PreparedQueries);
    // Commands look their task or application up, as they do for items another process wrote last.
    jest.spyOn(server.app.get(InstanceCache), 'openTask').mockReturnValue(undefined);
    jest.spyOn(server.app.get(InstanceCache), 'application').mockReturnValue(undefined);
    // Submits read their catalog item, as the first one after a catalog change does.
    let changes = 0;
    jest.spyOn(server.app.get(CatalogChanges), 'current', 'get').mockImplementation(() => ++changes);
    const statements = new Map<string, number>();
    let queue: Promise<unknown> = Promise.resolve();
    jest.spyOn(prepared, 'query').mockImplementation((sql: string, values: unknown[]) => {
      statements.set(sql, (statements.get(sql) ?? 0) + 1);
      const name = `hot_${[...statements.keys()].indexOf(sql)}`;
      // One connection answers one statement at a time.
      const answer = queue.then(() => client.query({ name, text: sql, values })).then((result) => result.rows);
      queue = answer.catch(() => undefined);
      return answer;
    });
    const db = server.app.get(DataSource);
    const users = await authUsers(db, ['alice', 'window1', ...Object.values(REVIEWER)]);
    const user = (name: string) => users[name];
    const wholeItem = async () => {
      const { id } = await server.app.get(ApplicationsService).submit(user('alice'), { ...PARALLEL_REVIEW_ITEM });
      const view = await server.app.get(ApplicationCommands).run(user('window1'), id, 'accept', {}, {});
      for (const task of view.openTasks) {
        await server.app.get(TasksService).complete(user(REVIEWER[task.nodeId]), task.taskId, { decision: 'approve' });
      }
    };
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(Array.from({ length: SIDE_BY_SIDE }, wholeItem));
    }

    // Each kind of batched lookup (catalog item, application, task) ran often enough on this connection to be
    // on its generic plan, and so did the batch write.
    const batchedLookups = [...statements].filter(([sql]) => sql.includes('WITH ORDINALITY'));
    expect(batchedLookups).toHaveLength(3);
    for (const [, count] of batchedLookups) expect(count).toBeGreaterThan(CUSTOM_PLAN_RUNS);
    expect(statements.get(BATCH_WRITE_SQL)).toBeGreaterThan(ROUNDS * 5);
    expect(
      plans.filter((plan) => /Update on (process_instance|application|task|timer)\b/.test(plan)).length,
    ).toBeGreaterThan(ROUNDS * 5);
    expect(plans.filter((plan) => /Index Scan using \w+ on task\b/.test(plan)).length).toBeGreaterThan(ROUNDS * 3);
    expect(plans.filter((plan) => new RegExp(`Seq Scan on (${HOT_TABLES})\\b`).test(plan))).toEqual([]);
  });
});
