import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16, a hardened edge: the login limits' counters, one row per key (an account, an address) per minute,
 * counted up before a password is checked so that concurrent attempts on any number of API processes are
 * limited together. (`app_user.token_version`, which revocation compares on every request, is the
 * administration migration's.)
 */
export class LoginAttempts1767226020000 implements MigrationInterface {
  name = 'LoginAttempts1767226020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempt (
        key          text NOT NULL CHECK (char_length(key) <= 300),
        window_start timestamptz NOT NULL,
        count        int NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    await q.query(`CREATE INDEX login_attempt_window_idx ON login_attempt (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_attempt`);
  }
}
