import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The item foreign keys by (center_id, item_code): 1767226030000 added two NOT VALID, this adds the attachments'. */
const ITEM_KEYS = [
  { table: 'application', constraint: 'application_item_fkey' },
  { table: 'appointment', constraint: 'appointment_item_fkey' },
  { table: 'attachment', constraint: 'attachment_item_fkey' },
];

/**
 * Tenancy keys (issue 16): a catalog item is a center's code, so everything that names an item names its center.
 * - Attachments refer to their item by (center_id, item_code); a draft is found by its uploader, center and item.
 * - Appointment capacity is counted per center's window (two centers' `planning` windows are two halls).
 * - The item foreign keys are validated when every stored row has its item: rows were always written with the
 *   item's own center, so a clean database validates. A row without its item (put in by hand) leaves that key
 *   NOT VALID, with a warning naming the count; new rows are checked either way. See docs/api-extensions.md.
 */
export class TenancyKeys1767226060000 implements MigrationInterface {
  name = 'TenancyKeys1767226060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachment ADD CONSTRAINT attachment_item_fkey
                   FOREIGN KEY (center_id, item_code) REFERENCES catalog_item(center_id, code) NOT VALID`);
    await q.query(`DROP INDEX attachment_draft_idx`);
    await q.query(`CREATE INDEX attachment_draft_idx ON attachment(uploaded_by, center_id, item_code)
                   WHERE application_id IS NULL`);
    await q.query(`DROP INDEX appointment_slot_idx`);
    await q.query(`CREATE INDEX appointment_slot_idx ON appointment(center_id, window_key, date, slot)
                   WHERE status = 'booked'`);
    for (const { table, constraint } of ITEM_KEYS) {
      // VALIDATE takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on while it scans.
      await q.query(`
        DO $$
        DECLARE orphans bigint;
        BEGIN
          SELECT count(*) INTO orphans FROM ${table} t
           WHERE NOT EXISTS (SELECT 1 FROM catalog_item c WHERE c.center_id = t.center_id AND c.code = t.item_code);
          IF orphans = 0 THEN
            ALTER TABLE ${table} VALIDATE CONSTRAINT ${constraint};
          ELSE
            RAISE WARNING '${constraint} stays NOT VALID: % rows of ${table} name no item of their center', orphans;
          END IF;
        END $$`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX appointment_slot_idx`);
    await q.query(`CREATE INDEX appointment_slot_idx ON appointment(window_key, date, slot) WHERE status = 'booked'`);
    await q.query(`DROP INDEX attachment_draft_idx`);
    await q.query(`CREATE INDEX attachment_draft_idx ON attachment(uploaded_by) WHERE application_id IS NULL`);
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_item_fkey`);
  }
}
