import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Flow definitions and catalog codes belong to a center (issue 16, tenancy).
 * - `flow_definition.center_id`: the center a flow key belongs to (every version of a key the same); null for a
 *   flow shipped in workflows/*.json, which belongs to the deployment. Existing keys take the center of the
 *   account that saved their first version; keys first loaded from a file, or saved by an unknown account, stay null.
 * - `catalog_item` is keyed by (center_id, code): two centers may each have an item `x`. Applications and
 *   appointments refer to their item within their own center. `retired_at`/`retired_by`: a retired item leaves the
 *   public catalog and takes no new application; its running ones go on and it stays readable.
 */
export class Tenancy1767226030000 implements MigrationInterface {
  name = 'Tenancy1767226030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE flow_definition ADD COLUMN center_id text REFERENCES center(id)`);
    await q.query(`
      UPDATE flow_definition f SET center_id = owner.center_id
        FROM (SELECT DISTINCT ON (d.key) d.key, u.center_id
                FROM flow_definition d LEFT JOIN app_user u ON u.username = d.created_by
               ORDER BY d.key, d.version) owner
       WHERE owner.key = f.key AND owner.center_id IS NOT NULL`);
    await q.query(`CREATE INDEX flow_definition_center_idx ON flow_definition(center_id)`);

    await q.query(`ALTER TABLE application DROP CONSTRAINT application_item_code_fkey`);
    await q.query(`ALTER TABLE appointment DROP CONSTRAINT appointment_item_code_fkey`);
    await q.query(`ALTER TABLE catalog_item DROP CONSTRAINT catalog_item_pkey`);
    await q.query(`ALTER TABLE catalog_item ADD PRIMARY KEY (center_id, code)`);
    await q.query(`CREATE INDEX catalog_item_code_idx ON catalog_item(code)`);
    await q.query(`ALTER TABLE catalog_item ADD COLUMN retired_at timestamptz, ADD COLUMN retired_by text`);
    // NOT VALID: rows written before this migration are not re-checked; every new row is.
    await q.query(`ALTER TABLE application ADD CONSTRAINT application_item_fkey
                   FOREIGN KEY (center_id, item_code) REFERENCES catalog_item(center_id, code) NOT VALID`);
    await q.query(`ALTER TABLE appointment ADD CONSTRAINT appointment_item_fkey
                   FOREIGN KEY (center_id, item_code) REFERENCES catalog_item(center_id, code) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appointment DROP CONSTRAINT appointment_item_fkey`);
    await q.query(`ALTER TABLE application DROP CONSTRAINT application_item_fkey`);
    await q.query(`ALTER TABLE catalog_item DROP COLUMN retired_at, DROP COLUMN retired_by`);
    await q.query(`DROP INDEX catalog_item_code_idx`);
    await q.query(`ALTER TABLE catalog_item DROP CONSTRAINT catalog_item_pkey`);
    await q.query(`ALTER TABLE catalog_item ADD PRIMARY KEY (code)`);
    await q.query(`ALTER TABLE appointment ADD CONSTRAINT appointment_item_code_fkey
                   FOREIGN KEY (item_code) REFERENCES catalog_item(code)`);
    await q.query(`ALTER TABLE application ADD CONSTRAINT application_item_code_fkey
                   FOREIGN KEY (item_code) REFERENCES catalog_item(code)`);
    await q.query(`DROP INDEX flow_definition_center_idx`);
    await q.query(`ALTER TABLE flow_definition DROP COLUMN center_id`);
  }
}
