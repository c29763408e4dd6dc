import { DataSource } from 'typeorm';
import { BATCH_WRITE_SQL } from '../src/modules/runtime/write-path/batch-statement';
import { foldWrites } from '../src/modules/runtime/write-path/write-set';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Issue 17, one schema: the migrations are the schema. The batch-write function and the TypeORM entities are
 * checked against the tables the migrations made, so neither can drift from them unnoticed.
 */
describe('one schema', () => {
  let server: TestApp;
  let db: DataSource;
  let columns: Map<string, Map<string, { type: string; nullable: boolean }>>;
  /** Every function the batch statement calls, their bodies one after the other. */
  let writeBatch: string;

  beforeAll(async () => {
    server = await startTestApp();
    db = server.app.get(DataSource);
    const rows: { table: string; column: string; type: string; nullable: boolean }[] = await db.query(
      `SELECT table_name AS "table", column_name AS "column", format_type(a.atttypid, a.atttypmod) AS type,
              c.is_nullable = 'YES' AS nullable
       FROM information_schema.columns c
       JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_name))::regclass AND a.attname = c.column_name
       WHERE c.table_schema = 'public'`,
    );
    columns = new Map();
    for (const row of rows) {
      if (!columns.has(row.table)) columns.set(row.table, new Map());
      columns.get(row.table)!.set(row.column, { type: row.type, nullable: row.nullable });
    }
    const called = [...BATCH_WRITE_SQL.matchAll(/(tongban_\w+)\(\$1::jsonb\)/g)].map((match) => match[1]);
    expect(called).toContain('tongban_write_batch');
    const bodies: { body: string }[] = await db.query(
      `SELECT pg_get_functiondef((name || '(jsonb)')::regprocedure) AS body FROM unnest($1::text[]) AS name`,
      [called],
    );
    writeBatch = bodies.map(({ body }) => body).join('\n');
  });
  afterAll(() => server.close());

  /** `INSERT INTO t (a, b) SELECT … FROM jsonb_to_recordset(batch->'key') AS x(a type, b type)` of the function. */
  function inserts(): { table: string; key: string; targets: string[]; record: Map<string, string> }[] {
    const found = [];
    const pattern =
      /INSERT INTO (\w+)(?: AS \w+)? \(([^)]*)\)\s+SELECT[\s\S]*?jsonb_to_recordset\(batch->'(\w+)'\) AS x\(([^)]*)\)/g;
    for (const [, table, targets, key, record] of writeBatch.matchAll(pattern)) {
      found.push({
        table,
        key,
        targets: targets.split(',').map((name) => name.trim()),
        record: new Map(
          record.split(',').map((part) => {
            const [name, ...type] = part.trim().split(/\s+/);
            return [name, type.join(' ')] as [string, string];
          }),
        ),
      });
    }
    return found;
  }

  const canonical = (type: string) =>
    ({ timestamptz: 'timestamp with time zone', boolean: 'boolean', 'text[]': 'text[]' })[type] ?? type;

  it('the batch write inserts only columns the tables have, each read from the JSON with the column’s type', () => {
    const found = inserts();
    expect(found.map((insert) => insert.key).sort()).toEqual(
      ['events', 'idempotency', 'ledger', 'newApplications', 'newInstances', 'newTasks', 'newTimers', 'outbox'].sort(),
    );
    for (const { table, targets, record } of found) {
      const tableColumns = columns.get(table);
      expect({ table, missing: targets.filter((name) => !tableColumns?.has(name)) }).toEqual({ table, missing: [] });
      for (const name of targets) {
        const type = record.get(name);
        if (type)
          expect({ table, name, type: canonical(type) }).toEqual({ table, name, type: tableColumns!.get(name)!.type });
      }
    }
  });

  it('the batch write takes every kind of row the command path folds, and only those', () => {
    const kinds = Object.keys(foldWrites([]));
    const handled = [...writeBatch.matchAll(/IF batch \? '(\w+)'/g)].map((match) => match[1]);
    expect(handled.sort()).toEqual(kinds.sort());
  });

  it('the batch write finds a certificate’s item in the application’s own center', () => {
    const joins = [...writeBatch.matchAll(/JOIN catalog_item c ON ([^\n]*?)\s+JOIN/g)].map((match) => match[1]);
    expect(joins).toEqual(['c.center_id = a.center_id AND c.code = a.item_code']);
  });

  it('every TypeORM entity maps onto a table of the migrations, column by column', () => {
    expect(db.entityMetadatas.length).toBeGreaterThan(0);
    for (const entity of db.entityMetadatas) {
      const table = columns.get(entity.tableName);
      expect({ entity: entity.name, table: Boolean(table) }).toEqual({ entity: entity.name, table: true });
      for (const column of entity.columns) {
        const actual = table!.get(column.databaseName);
        expect({ entity: entity.name, column: column.databaseName, nullable: actual?.nullable }).toEqual({
          entity: entity.name,
          column: column.databaseName,
          nullable: column.isNullable,
        });
      }
    }
  });
});
