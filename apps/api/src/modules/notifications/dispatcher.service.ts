import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  type Addressee,
  afterFailure,
  type Audience,
  type Channel,
  membersOf,
  planDeliveries,
  renderNotification,
  type StaffMember,
} from '@tongban/flow-engine';
import { DataSource, type EntityManager } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { TimerSweeper } from '../runtime/timers/timer-sweeper.service';
import { CHANNEL_ADAPTERS, type ChannelAdapter } from './channels/channel-adapter';
import { channelsOn, ChannelSettingsService } from './channels/channel-settings.service';
import { TaskReminders } from './task-reminders.service';

interface PendingMessage {
  id: string;
  centerId: string;
  recipientUsername: string | null;
  recipientEmail: string | null;
  recipientPhone: string | null;
  audience: Audience | null;
  applicant: string | null;
}

interface DueDelivery {
  id: string;
  outboxId: string;
  centerId: string;
  channel: Channel;
  recipient: string;
  address: string | null;
  attempts: number;
  kind: string;
  applicationId: string | null;
  params: Record<string, unknown>;
  issuedAt: Date;
  receiptNo: string | null;
  itemName: string | null;
}

export interface DrainResult {
  expanded: number;
  delivered: number;
  failed: number;
  dead: number;
}

const EXPAND_BATCH = 50;

/**
 * Delivers the outbox. Each message is first expanded into one delivery per person and channel; each delivery is
 * then sent while its row is locked (FOR UPDATE SKIP LOCKED), so any number of API processes share the work and a
 * delivery is sent by one of them. A process that dies mid-send leaves the row to be sent again (at least once);
 * the in-app row and the mail's Message-ID carry the delivery's identity so a repeat is recognisable. A failed send
 * is retried with backoff and dead-lettered after its last attempt.
 *
 * It runs with the timers (every poll, every move of the manual clock), so tests drive it with the clock or `drain`.
 */
@Injectable()
export class NotificationDispatcher implements OnModuleInit {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private readonly adapters: Map<Channel, ChannelAdapter>;

  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly timers: TimerSweeper,
    private readonly settings: ChannelSettingsService,
    private readonly reminders: TaskReminders,
    @Inject(CHANNEL_ADAPTERS) adapters: ChannelAdapter[],
  ) {
    this.adapters = new Map(adapters.map((a) => [a.channel, a]));
  }

  onModuleInit(): void {
    // Reminders falling due at this instant are sent in the same sweep.
    this.timers.alsoSweep(async (until) => {
      await this.reminders.enqueueDue(until);
      return this.drain(until);
    });
  }

  /** Expands every waiting message and sends every delivery due at `until`; returns what it did. */
  async drain(until: Date = this.clock.now()): Promise<DrainResult> {
    const result: DrainResult = { expanded: 0, delivered: 0, failed: 0, dead: 0 };
    for (;;) {
      const expanded = await this.db.transaction((manager) => this.expandSome(manager, until));
      result.expanded += expanded;
      if (expanded < EXPAND_BATCH) break;
    }
    for (;;) {
      const outcome = await this.deliverNext(until);
      if (!outcome) break;
      result[outcome]++;
    }
    return result;
  }

  private async expandSome(manager: EntityManager, at: Date): Promise<number> {
    const messages: PendingMessage[] = await manager.query(
      `SELECT o.id, o.center_id AS "centerId", o.recipient_username AS "recipientUsername",
              o.recipient_email AS "recipientEmail", o.recipient_phone AS "recipientPhone", o.audience,
              a.applicant
       FROM notification_outbox o LEFT JOIN application a ON a.id = o.application_id
       WHERE o.expanded_at IS NULL ORDER BY o.seq LIMIT ${EXPAND_BATCH}
       FOR UPDATE OF o SKIP LOCKED`,
    );
    for (const message of messages) await this.expand(manager, message, at);
    return messages.length;
  }

  private async expand(manager: EntityManager, message: PendingMessage, at: Date): Promise<void> {
    const staff = message.audience ? await this.staffOf(manager, message.centerId) : [];
    const usernames = [
      ...new Set([
        ...(message.recipientUsername ? [message.recipientUsername] : []),
        ...(message.audience ? membersOf(message.audience, staff, message.applicant) : []),
      ]),
    ];
    const people = await this.addressees(manager, usernames);
    const staffNames = new Set(staff.map((s) => s.username));
    const plan = planDeliveries({
      people,
      bare: { email: message.recipientEmail, phone: message.recipientPhone },
      center: channelsOn(await this.settings.stored(message.centerId, manager)),
      toStaff: people.some((p) => staffNames.has(p.username)),
    });
    if (plan.length) {
      await manager.query(
        `INSERT INTO notification_delivery (outbox_id, center_id, channel, recipient, address, next_attempt_at)
         SELECT $1, $2, x.channel, x.recipient, x.address, $3
         FROM jsonb_to_recordset($4::jsonb) AS x(channel text, recipient text, address text)
         ON CONFLICT (outbox_id, channel, recipient) DO NOTHING`,
        [message.id, message.centerId, at, JSON.stringify(plan)],
      );
    }
    await manager.query(`UPDATE notification_outbox SET expanded_at = $2 WHERE id = $1`, [message.id, at]);
  }

  private staffOf(manager: EntityManager, centerId: string): Promise<StaffMember[]> {
    return manager.query(
      `SELECT username, roles, department FROM app_user
       WHERE center_id = $1 AND NOT ('applicant' = ANY (roles)) AND disabled_at IS NULL ORDER BY username`,
      [centerId],
    );
  }

  private async addressees(manager: EntityManager, usernames: string[]): Promise<Addressee[]> {
    if (!usernames.length) return [];
    const rows: Addressee[] = await manager.query(
      `SELECT u.username, p.channels AS chosen, u.email, u.phone
       FROM app_user u LEFT JOIN notification_preference p ON p.username = u.username
       WHERE u.username = ANY ($1)`,
      [usernames],
    );
    const known = new Map(rows.map((r) => [r.username, r]));
    return usernames.flatMap((name) => known.get(name) ?? []);
  }

  /** Sends the earliest due delivery not being sent by another process; null when none is left. */
  private deliverNext(until: Date): Promise<keyof Omit<DrainResult, 'expanded'> | null> {
    return this.db.transaction(async (manager) => {
      const [due]: DueDelivery[] = await manager.query(
        `SELECT d.id, d.outbox_id AS "outboxId", d.center_id AS "centerId", d.channel, d.recipient, d.address,
                d.attempts, o.kind, o.application_id AS "applicationId", o.params, o.created_at AS "issuedAt",
                a.receipt_no AS "receiptNo",
                (SELECT c.name FROM catalog_item c WHERE c.center_id = a.center_id AND c.code = a.item_code) AS "itemName"
         FROM notification_delivery d JOIN notification_outbox o ON o.id = d.outbox_id
         LEFT JOIN application a ON a.id = o.application_id
         WHERE d.delivered_at IS NULL AND d.dead_at IS NULL AND d.next_attempt_at <= $1
         ORDER BY d.next_attempt_at, o.seq, d.id LIMIT 1
         FOR UPDATE OF d SKIP LOCKED`,
        [until],
      );
      if (!due) return null;
      const { subject, text } = renderNotification(due.kind, due.params, due);
      const adapter = this.adapters.get(due.channel);
      try {
        if (!adapter) throw new Error(`没有 ${due.channel} 通道`);
        const settings = await this.settings.stored(due.centerId, manager);
        await adapter.send({ ...due, deliveryId: due.id, subject, text, at: until }, settings, manager);
      } catch (error) {
        return this.failed(manager, due, error, until);
      }
      await manager.query(`UPDATE notification_delivery SET attempts = attempts + 1, delivered_at = $2 WHERE id = $1`, [
        due.id,
        until,
      ]);
      return 'delivered';
    });
  }

  private async failed(manager: EntityManager, due: DueDelivery, error: unknown, at: Date): Promise<'failed' | 'dead'> {
    const attempts = due.attempts + 1;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const next = afterFailure(attempts, at.toISOString());
    this.logger.warn(`delivery ${due.id} (${due.channel}) failed, attempt ${attempts}: ${message}`);
    await manager.query(
      `UPDATE notification_delivery SET attempts = $2, last_error = $3, next_attempt_at = COALESCE($4, next_attempt_at),
              dead_at = $5 WHERE id = $1`,
      [due.id, attempts, message, next.dead ? null : next.nextAttemptAt, next.dead ? at : null],
    );
    return next.dead ? 'dead' : 'failed';
  }
}
