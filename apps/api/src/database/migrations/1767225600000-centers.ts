import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Service centers are tenants from the first migration on (三级联网: province → city → county). */
export class Centers1767225600000 implements MigrationInterface {
  name = 'Centers1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE center (
        id          text PRIMARY KEY,
        name        text NOT NULL,
        level       text NOT NULL CHECK (level IN ('province', 'city', 'county')),
        parent_id   text REFERENCES center(id),
        time_zone   text NOT NULL DEFAULT 'Asia/Shanghai',
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX center_parent_idx ON center(parent_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE center`);
  }
}
