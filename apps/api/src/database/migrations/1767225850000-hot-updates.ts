import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every command rewrites its instance's row (the snapshot) and its application's projection. With room left in
 * each page, the new version of a row goes on the same page without new index entries (a HOT update) — at full
 * pages four in five instance updates wrote a new entry into every index of the table. Only new pages get the
 * room; the rows written from now on fill them.
 */
export class HotUpdates1767225850000 implements MigrationInterface {
  name = 'HotUpdates1767225850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE process_instance SET (fillfactor = 60)`);
    await q.query(`ALTER TABLE application SET (fillfactor = 80)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE process_instance RESET (fillfactor)`);
    await q.query(`ALTER TABLE application RESET (fillfactor)`);
  }
}
