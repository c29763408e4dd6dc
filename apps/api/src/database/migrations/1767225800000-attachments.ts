import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded materials, kept in PostgreSQL. A row without application_id is the uploader's draft until
 * it is linked to the item it was uploaded for.
 */
export class Attachments1767225800000 implements MigrationInterface {
  name = 'Attachments1767225800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id       text NOT NULL REFERENCES center(id),
        application_id  uuid REFERENCES application(id),
        item_code       text NOT NULL,
        material_code   text NOT NULL,
        uploaded_by     text NOT NULL,
        file_name       text NOT NULL,
        content_type    text NOT NULL,
        size            integer NOT NULL CHECK (size > 0),
        sha256          text NOT NULL,
        content         bytea NOT NULL,
        created_at      timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX attachment_application_idx ON attachment(application_id, material_code)`);
    await q.query(`CREATE INDEX attachment_draft_idx ON attachment(uploaded_by) WHERE application_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment`);
  }
}
