import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PreparedQueries } from '../src/common/database/prepared-queries.service';
import type { AuthUser } from '../src/modules/identity';
import { ApplicationsService } from '../src/modules/runtime/applications/applications.service';
import { CommandExecutor } from '../src/modules/runtime/command-executor.service';
import { BATCH_WRITE_SQL } from '../src/modules/runtime/group-commit/batch-statement';
import { shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * tongban_write_batch keeps its plans for the life of a connection, so they must not depend on how big the tables
 * were when they were made. Every batch of a whole item's life is written through one connection that has
 * auto_explain print each statement's plan, past the point where PostgreSQL switches to generic plans: none may
 * scan a whole table.
 */

const ITEM = {
  itemCode: 'parallel-review',
  channel: 'online' as const,
  materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
  data: {},
};
const REVIEWER: Record<string, string> = { plan: 'planning1', fire: 'fire1', env: 'env1' };

describe('batch write plans', () => {
  let server: TestApp;
  let client: Client;
  const plans: string[] = [];

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    client = new Client({ connectionString: server.databaseUrl });
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

  it('finds every row it updates through its key, with plans made once per connection', async () => {
    const prepared = server.app.get(PreparedQueries);
    const original = prepared.query.bind(prepared);
    let batches = 0;
    jest.spyOn(prepared, 'query').mockImplementation(async (sql: string, values: unknown[]) => {
      if (sql !== BATCH_WRITE_SQL) return original(sql, values);
      batches++;
      return (await client.query(sql, values)).rows;
    });
    const db = server.app.get(DataSource);
    const executor = server.app.get(CommandExecutor);
    const [alice]: AuthUser[] = await db.query(
      `SELECT id, username, name, roles, department, center_id AS "centerId", chief_representative AS "chiefRepresentative"
       FROM app_user WHERE username = 'alice'`,
    );
    for (let item = 0; item < 8; item++) {
      const { id } = await server.app.get(ApplicationsService).submit(alice, { ...ITEM });
      const accepted = await executor.execute({
        applicationId: id,
        command: 'accept',
        event: { type: 'accept', actor: 'window1' },
        actor: 'window1',
      });
      for (const effect of accepted.effects) {
        if (effect.type !== 'task.open') continue;
        const actor = REVIEWER[effect.nodeId];
        await executor.execute({
          applicationId: id,
          command: 'complete',
          nodeId: effect.nodeId,
          actor,
          event: { type: 'decide', taskId: effect.taskId, decision: 'approve', actor },
        });
      }
    }
    expect(batches).toBe(40);
    const updates = plans.filter((plan) => /Update on (process_instance|application|task|timer)\b/.test(plan));
    expect(updates.length).toBeGreaterThan(40);
    expect(
      plans.filter((plan) => /Seq Scan on (process_instance|application|task|timer|instance_event)\b/.test(plan)),
    ).toEqual([]);
  });
});
