import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each center's calendar has a revision that every override change bumps; a revision row keeps the whole
 * override set as it then stood, so the calendar of any revision (and so any step of an item's log) can be
 * rebuilt. Revision 0 is the official calendar alone and has no row. Centers that already have overrides start
 * at revision 1 with them.
 */
export class CalendarRevisions1767225900000 implements MigrationInterface {
  name = 'CalendarRevisions1767225900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_revision (
        center_id  text NOT NULL REFERENCES center(id),
        revision   integer NOT NULL CHECK (revision > 0),
        overrides  jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (center_id, revision)
      )`);
    await q.query(`
      INSERT INTO calendar_revision (center_id, revision, overrides, changed_by, changed_at)
      SELECT center_id, 1,
             jsonb_agg(jsonb_build_object('date', date::text, 'workday', workday, 'note', note) ORDER BY date),
             'migration', now()
      FROM calendar_override GROUP BY center_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_revision`);
  }
}
