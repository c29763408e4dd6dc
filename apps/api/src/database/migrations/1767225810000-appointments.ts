import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Window appointments (预约): one row per booked slot; a cancelled row stays for the record. */
export class Appointments1767225810000 implements MigrationInterface {
  name = 'Appointments1767225810000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE appointment (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id     text NOT NULL REFERENCES center(id),
        booking_no    text NOT NULL UNIQUE,
        username      text NOT NULL,
        item_code     text NOT NULL REFERENCES catalog_item(code),
        window_key    text NOT NULL,
        date          date NOT NULL,
        slot          text NOT NULL,
        starts_at     timestamptz NOT NULL,
        status        text NOT NULL CHECK (status IN ('booked', 'cancelled')),
        created_at    timestamptz NOT NULL,
        cancelled_at  timestamptz
      )`);
    await q.query(`CREATE INDEX appointment_slot_idx ON appointment(window_key, date, slot) WHERE status = 'booked'`);
    await q.query(
      `CREATE UNIQUE INDEX appointment_person_slot_uq ON appointment(username, date, slot) WHERE status = 'booked'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appointment`);
  }
}
