import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChannelAdapter, OutgoingMessage } from './channel-adapter';

/** 站内信: a `notification` row, once per message and user (the row's key is the outbox id and the user). */
@Injectable()
export class InAppChannel implements ChannelAdapter {
  readonly channel = 'in-app' as const;

  async send(message: OutgoingMessage, _settings: unknown, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO notification (outbox_id, username, center_id, application_id, kind, text, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (outbox_id, username) DO NOTHING`,
      [
        message.outboxId,
        message.recipient,
        message.centerId,
        message.applicationId,
        message.kind,
        message.text,
        message.at,
      ],
    );
  }
}
