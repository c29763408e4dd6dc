import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages written at one instant (on the manual clock, a whole day's) keep the order they were written in: the
 * outbox numbers its rows, and lists sort by the instant, then that number.
 */
export class NotificationOrder1767226000001 implements MigrationInterface {
  name = 'NotificationOrder1767226000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_outbox ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await q.query(`CREATE UNIQUE INDEX notification_outbox_seq_idx ON notification_outbox(seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_outbox DROP COLUMN seq`);
  }
}
