import type { Channel } from '@tongban/flow-engine';
import type { EntityManager } from 'typeorm';
import type { StoredChannelSettings } from './channel-settings';

/** One delivery as a channel sends it: already rendered, addressed, identified for de-duplication. */
export interface OutgoingMessage {
  deliveryId: string;
  outboxId: string;
  centerId: string;
  /** A user name, or `email:…` / `phone:…` / `robot:…` for a message without a user. */
  recipient: string;
  address: string | null;
  kind: string;
  applicationId: string | null;
  subject: string;
  text: string;
  at: Date;
}

export const CHANNEL_ADAPTERS = Symbol('CHANNEL_ADAPTERS');

/**
 * One way out. `send` resolves once the channel has taken the message and throws when it refused or could not be
 * reached (the dispatcher retries). `manager` is the delivery's transaction, for a channel that writes rows.
 */
export interface ChannelAdapter {
  readonly channel: Channel;
  send(message: OutgoingMessage, settings: StoredChannelSettings, manager: EntityManager): Promise<void>;
}
