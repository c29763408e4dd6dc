import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-generated secrets shared by every API process on this database (the JWT signing key when JWT_SECRET is unset). */
export class AppSecret1767225670000 implements MigrationInterface {
  name = 'AppSecret1767225670000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_secret (
        name        text PRIMARY KEY,
        value       text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_secret`);
  }
}
