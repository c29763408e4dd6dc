import type { EntityManager } from 'typeorm';

/** Whom a message is for: a user (by name) and/or a bare address (a password-reset code before login). */
export interface OutboxRecipient {
  username?: string;
  email?: string;
  phone?: string;
}

/** One message to send, written by the command that causes it (the kind names its template). */
export interface OutboxMessage {
  centerId: string;
  recipient: OutboxRecipient;
  kind: string;
  applicationId?: string;
  params: Record<string, unknown>;
  /** A second message with the same key is dropped (e.g. one reminder per task and deadline). */
  dedupeKey?: string;
}

/**
 * The transactional outbox: a message is a row written in the caller's transaction, so it exists exactly when the
 * change that causes it commits; the dispatcher delivers it afterwards.
 */
export class Outbox {
  /** Writes one outbox row with `manager` (the caller's transaction); returns its id, or null for a repeated key. */
  static async enqueue(manager: EntityManager, message: OutboxMessage): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notification_outbox (center_id, recipient_username, recipient_email, recipient_phone, kind,
                                        application_id, params, dedupe_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE((SELECT now FROM manual_clock WHERE id = 1), now()))
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        message.centerId,
        message.recipient.username ?? null,
        message.recipient.email ?? null,
        message.recipient.phone ?? null,
        message.kind,
        message.applicationId ?? null,
        JSON.stringify(message.params),
        message.dedupeKey ?? null,
      ],
    );
    return rows[0]?.id ?? null;
  }

  enqueue(manager: EntityManager, message: OutboxMessage): Promise<string | null> {
    return Outbox.enqueue(manager, message);
  }
}
