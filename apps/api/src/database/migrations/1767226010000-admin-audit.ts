import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration (issue 16). `admin_audit` records every administrative change (who, when, before, after) and is
 * append-only like instance_event: a trigger refuses UPDATE and DELETE. A user gains an e-mail address (the
 * notification channels), `disabled_at` (a disabled account cannot log in) and `token_version` (bumped on a
 * password reset, logout or disabling; a token carrying an older version is refused).
 */
export class AdminAudit1767226010000 implements MigrationInterface {
  name = 'AdminAudit1767226010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE admin_audit (
        id         bigserial PRIMARY KEY,
        center_id  text NOT NULL REFERENCES center(id),
        actor      text NOT NULL,
        action     text NOT NULL,
        target     text NOT NULL,
        before     jsonb,
        after      jsonb,
        at         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX admin_audit_center_at_idx ON admin_audit(center_id, at DESC, id DESC)`);
    await q.query(`
      CREATE FUNCTION admin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'admin_audit is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER admin_audit_no_change BEFORE UPDATE OR DELETE ON admin_audit
      FOR EACH ROW EXECUTE FUNCTION admin_audit_append_only()`);
    await q.query(`ALTER TABLE app_user ADD COLUMN email text CHECK (char_length(email) <= 254)`);
    await q.query(`ALTER TABLE app_user ADD COLUMN disabled_at timestamptz`);
    await q.query(`ALTER TABLE app_user ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN token_version`);
    await q.query(`ALTER TABLE app_user DROP COLUMN disabled_at`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email`);
    await q.query(`DROP TABLE admin_audit`);
    await q.query(`DROP FUNCTION admin_audit_append_only`);
  }
}
