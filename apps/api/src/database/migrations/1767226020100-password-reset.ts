import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: one-time password-reset codes of self-registered applicants. One live code per user (a new request
 * replaces it), stored as a hash, with its expiry and the wrong tries so far.
 */
export class PasswordReset1767226020100 implements MigrationInterface {
  name = 'PasswordReset1767226020100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset (
        user_id    uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash  text NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts   int NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset`);
  }
}
