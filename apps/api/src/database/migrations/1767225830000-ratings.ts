import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 好差评: one rating per item. A rating of 1–2 is a complaint, tracked as an accountability_entry row of
 * kind 'complaint' (answering it closes that row); rating_setting holds each center's answer limit in working days.
 */
export class Ratings1767225830000 implements MigrationInterface {
  name = 'Ratings1767225830000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id           text NOT NULL REFERENCES center(id),
        application_id      uuid NOT NULL UNIQUE REFERENCES application(id),
        applicant           text NOT NULL,
        score               smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        tags                text[] NOT NULL DEFAULT '{}',
        comment             text NOT NULL DEFAULT '',
        created_at          timestamptz NOT NULL,
        complaint_entry_id  uuid REFERENCES accountability_entry(id)
      )`);
    await q.query(`CREATE INDEX rating_center_idx ON rating(center_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE rating_setting (
        center_id       text PRIMARY KEY REFERENCES center(id),
        complaint_days  integer NOT NULL CHECK (complaint_days BETWEEN 1 AND 60),
        updated_by      text NOT NULL,
        updated_at      timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rating_setting`);
    await q.query(`DROP TABLE rating`);
  }
}
