import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 16): a transactional outbox written in the transaction of the command that causes a message;
 * the dispatcher expands each outbox row into one delivery per recipient and channel (its own attempts, backoff,
 * dead letter), and the in-app channel writes `notification` rows. `app_user.email` (added by the
 * administration migration 1767226010000) is the address of the e-mail channel.
 *
 * The batch write of commands calls `tongban_write_outbox` next to `tongban_write_batch` in the same statement, so
 * the engine's messages commit with the event that emits them (the batch function itself is left unchanged).
 */
export class Notifications1767226000000 implements MigrationInterface {
  name = 'Notifications1767226000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_outbox (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id           text NOT NULL REFERENCES center(id),
        recipient_username  text,
        recipient_email     text,
        recipient_phone     text,
        audience            jsonb,
        kind                text NOT NULL,
        application_id      uuid,
        params              jsonb NOT NULL DEFAULT '{}',
        dedupe_key          text UNIQUE,
        created_at          timestamptz NOT NULL,
        expanded_at         timestamptz
      )`);
    await q.query(
      `CREATE INDEX notification_outbox_pending_idx ON notification_outbox(created_at) WHERE expanded_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE notification_delivery (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outbox_id        uuid NOT NULL REFERENCES notification_outbox(id),
        center_id        text NOT NULL REFERENCES center(id),
        channel          text NOT NULL,
        recipient        text NOT NULL,
        address          text,
        attempts         integer NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz NOT NULL,
        delivered_at     timestamptz,
        dead_at          timestamptz,
        last_error       text,
        UNIQUE (outbox_id, channel, recipient)
      )`);
    await q.query(`
      CREATE INDEX notification_delivery_due_idx ON notification_delivery(next_attempt_at)
      WHERE delivered_at IS NULL AND dead_at IS NULL`);
    await q.query(
      `CREATE INDEX notification_delivery_dead_idx ON notification_delivery(center_id, dead_at) WHERE dead_at IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE notification (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outbox_id       uuid NOT NULL REFERENCES notification_outbox(id),
        username        text NOT NULL,
        center_id       text NOT NULL REFERENCES center(id),
        application_id  uuid,
        kind            text NOT NULL,
        text            text NOT NULL,
        read_at         timestamptz,
        created_at      timestamptz NOT NULL,
        UNIQUE (outbox_id, username)
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification(username, created_at DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification(username) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_preference (
        username  text PRIMARY KEY REFERENCES app_user(username),
        channels  text[] NOT NULL
      )`);
    await q.query(`
      CREATE TABLE notification_channel_settings (
        center_id   text PRIMARY KEY REFERENCES center(id),
        settings    jsonb NOT NULL,
        updated_at  timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION tongban_write_outbox(batch jsonb) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF batch ? 'outbox' THEN
          INSERT INTO notification_outbox (center_id, recipient_username, audience, kind, application_id, params,
                                           dedupe_key, created_at)
          SELECT center_id, recipient_username, audience, kind, application_id, params, dedupe_key, created_at
          FROM jsonb_to_recordset(batch->'outbox') AS x(center_id text, recipient_username text, audience jsonb,
                 kind text, application_id uuid, params jsonb, dedupe_key text, created_at timestamptz)
          ON CONFLICT (dedupe_key) DO NOTHING;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION tongban_write_outbox(jsonb)`);
    await q.query(`DROP TABLE notification_channel_settings`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE notification_delivery`);
    await q.query(`DROP TABLE notification_outbox`);
  }
}
