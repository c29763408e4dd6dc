import type { MigrationInterface, QueryRunner } from 'typeorm';

const CENTERLESS_JOIN = 'JOIN catalog_item c ON c.code = a.item_code';
const CENTER_JOIN = 'JOIN catalog_item c ON c.center_id = a.center_id AND c.code = a.item_code';

/**
 * One schema (issue 17):
 * - `task.comment` was never read or written (a decision's comment is in its event's payload): dropped.
 * - `tongban_write_batch` named a certificate's item by its code alone; since catalog codes are unique only within
 *   a center (Tenancy1767226030000), an item of the same code in another center could lend its name. The item is
 *   now the application's own center's. The function is otherwise the one the migrations before left, so it is
 *   changed in place rather than written out a fourth time.
 */
export class OneSchema1767226070000 implements MigrationInterface {
  name = 'OneSchema1767226070000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task DROP COLUMN comment`);
    await replaceInWriteBatch(q, CENTERLESS_JOIN, CENTER_JOIN);
  }

  async down(q: QueryRunner): Promise<void> {
    await replaceInWriteBatch(q, CENTER_JOIN, CENTERLESS_JOIN);
    await q.query(`ALTER TABLE task ADD COLUMN comment text`);
  }
}

async function replaceInWriteBatch(q: QueryRunner, from: string, to: string): Promise<void> {
  const [{ definition }]: { definition: string }[] = await q.query(
    `SELECT pg_get_functiondef('tongban_write_batch(jsonb)'::regprocedure) AS definition`,
  );
  if (!definition.includes(from)) throw new Error(`tongban_write_batch does not contain "${from}"`);
  await q.query(definition.replace(from, to));
}
