import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A flow version keeps the note its publisher wrote (版本说明) and who published it, so the designer's version
 * history can say what changed and by whom.
 */
export class FlowVersionNotes1767225970000 implements MigrationInterface {
  name = 'FlowVersionNotes1767225970000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE flow_definition ADD COLUMN note text, ADD COLUMN published_by text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE flow_definition DROP COLUMN note, DROP COLUMN published_by`);
  }
}
