import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 电子监察 cards from the application row: `cards` holds the instants the item's card and each running step's card
 * change at (`ItemCards` of libs/flow-engine, written with the rest of the projection by every command), so the
 * workbench and the supervision dashboard give the card the item view gives at any instant without opening the
 * snapshot. `joint_handling`: the catalog item is handled jointly (§42 ¶2, 联合办理), its extension may reach 15
 * working days. `tongban_write_batch` writes `cards` from the accountability migration on, which replaces it once
 * for both.
 */
export class Cards1767225890000 implements MigrationInterface {
  name = 'Cards1767225890000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE application ADD COLUMN cards jsonb`);
    await q.query(`ALTER TABLE catalog_item ADD COLUMN joint_handling boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE catalog_item DROP COLUMN joint_handling`);
    await q.query(`ALTER TABLE application DROP COLUMN cards`);
  }
}
