import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 统一出证: one numbered result document per finished item; the number runs per center and year. */
export class Certificates1767225820000 implements MigrationInterface {
  name = 'Certificates1767225820000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id       text NOT NULL REFERENCES center(id),
        application_id  uuid NOT NULL UNIQUE REFERENCES application(id),
        year            integer NOT NULL,
        seq             integer NOT NULL,
        number          text NOT NULL,
        item_code       text NOT NULL,
        item_name       text NOT NULL,
        applicant       text NOT NULL,
        applicant_name  text NOT NULL,
        decision        text NOT NULL CHECK (decision IN ('approved', 'rejected')),
        decided_at      timestamptz NOT NULL,
        center_name     text NOT NULL,
        issued_at       timestamptz NOT NULL,
        UNIQUE (center_id, year, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate`);
  }
}
