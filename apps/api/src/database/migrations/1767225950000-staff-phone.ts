import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A staff user's office phone (办公电话): the 《一次性告知书》 names the officer with a number the applicant can
 * call. Null for applicants and for staff without one; the demo seeder gives the demo staff theirs.
 */
export class StaffPhone1767225950000 implements MigrationInterface {
  name = 'StaffPhone1767225950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN phone text CHECK (char_length(phone) <= 40)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN phone`);
  }
}
