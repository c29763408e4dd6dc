import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hall's own settings beside the center's rules: appointment slots' capacity and the office hours the slots are
 * cut from (`[{ from: '09:00', to: '12:00' }, …]`). Null: the defaults (APPOINTMENT_CAPACITY or 2; 9:00–12:00 and
 * 13:30–17:00). Complaint days stay in rating_setting, which the center settings read and write.
 */
export class CenterSettingsHall1767226010001 implements MigrationInterface {
  name = 'CenterSettingsHall1767226010001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE center_setting ADD COLUMN appointment_capacity integer CHECK (appointment_capacity BETWEEN 1 AND 100)`,
    );
    await q.query(`ALTER TABLE center_setting ADD COLUMN office_hours jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE center_setting DROP COLUMN office_hours`);
    await q.query(`ALTER TABLE center_setting DROP COLUMN appointment_capacity`);
  }
}
