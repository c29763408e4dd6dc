import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each center's own rules (中心设置): the supplement deadline after a one-time notice, the §32 five-day rule,
 * the §42 extension cap and the warning card's lead. A missing row or a null column means the default
 * (`DEFAULT_CENTER_POLICY` in libs/flow-engine); `deemed_acceptance` false switches the §32 rule off.
 */
export class CenterSettings1767225860000 implements MigrationInterface {
  name = 'CenterSettings1767225860000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE center_setting (
        center_id             text PRIMARY KEY REFERENCES center(id),
        supplement_days       integer CHECK (supplement_days BETWEEN 1 AND 60),
        deemed_acceptance     boolean NOT NULL DEFAULT true,
        deemed_acceptance_days integer CHECK (deemed_acceptance_days BETWEEN 1 AND 20),
        extension_max_days    integer CHECK (extension_max_days BETWEEN 1 AND 60),
        warn_days             integer CHECK (warn_days BETWEEN 0 AND 20),
        updated_by            text NOT NULL,
        updated_at            timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE center_setting`);
  }
}
