import { Injectable } from '@nestjs/common';
import type {
  DeadLetter,
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  NotificationPreferencesInput,
  Page,
} from '@tongban/api-contract';
import { DEFAULT_CHANNELS, normalizeChoice } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/api-exception';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';

const DEFAULT_PAGE_SIZE = 20;

/** The caller's in-app notifications, their channel choice, and the center's dead letters. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
  ) {}

  async list(user: AuthUser, query: NotificationListQuery): Promise<NotificationList> {
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = ((query.page ?? 1) - 1) * pageSize;
    const onlyUnread = query.unread === 'true';
    const [items, [counts]] = await Promise.all([
      this.db.query(
        `SELECT n.id, n.application_id AS "applicationId", n.kind, n.text, n.read_at IS NOT NULL AS read,
                n.created_at AS "createdAt"
         FROM notification n JOIN notification_outbox o ON o.id = n.outbox_id
         WHERE n.username = $1 AND ($2::boolean IS FALSE OR n.read_at IS NULL)
         ORDER BY n.created_at DESC, o.seq DESC LIMIT $3 OFFSET $4`,
        [user.username, onlyUnread, pageSize, offset],
      ),
      this.db.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE username = $1`,
        [user.username],
      ),
    ]);
    return {
      items: items.map((n: { createdAt: Date }) => ({ ...n, createdAt: new Date(n.createdAt).toISOString() })),
      total: onlyUnread ? counts.unread : counts.total,
      unread: counts.unread,
    };
  }

  /** Marks one of the caller's notifications read (again is harmless); another's is not found. */
  async read(user: AuthUser, id: string): Promise<{ id: string; read: true }> {
    const rows = await this.db.query(
      `UPDATE notification SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND username = $2 RETURNING id`,
      [id, user.username, this.clock.now()],
    );
    if (!rows[1]) throw notFound('NOTIFICATION_NOT_FOUND', '通知不存在');
    return { id, read: true };
  }

  async readAll(user: AuthUser): Promise<{ marked: number }> {
    const [, marked] = await this.db.query(
      `UPDATE notification SET read_at = $2 WHERE username = $1 AND read_at IS NULL`,
      [user.username, this.clock.now()],
    );
    return { marked };
  }

  async preferences(user: AuthUser): Promise<NotificationPreferences> {
    const [row]: { channels: string[] | null; email: string | null; phone: string | null }[] = await this.db.query(
      `SELECT p.channels, u.email, u.phone FROM app_user u
       LEFT JOIN notification_preference p ON p.username = u.username WHERE u.username = $1`,
      [user.username],
    );
    return {
      channels: normalizeChoice(row?.channels ?? DEFAULT_CHANNELS),
      email: row?.email ?? null,
      phone: row?.phone ?? null,
    };
  }

  async setPreferences(user: AuthUser, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO notification_preference (username, channels) VALUES ($1, $2)
         ON CONFLICT (username) DO UPDATE SET channels = EXCLUDED.channels`,
        [user.username, normalizeChoice(input.channels)],
      );
      if (input.email !== undefined)
        await manager.query(`UPDATE app_user SET email = $2 WHERE username = $1`, [user.username, input.email]);
      if (input.phone !== undefined)
        await manager.query(`UPDATE app_user SET phone = $2 WHERE username = $1`, [user.username, input.phone]);
    });
    return this.preferences(user);
  }

  async deadLetters(centerId: string, page: number, pageSize: number): Promise<Page<DeadLetter>> {
    const [items, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT d.id, d.outbox_id AS "outboxId", d.channel, d.recipient, o.kind, o.application_id AS "applicationId",
                d.attempts, d.last_error AS "lastError", d.dead_at AS "deadAt", o.created_at AS "createdAt"
         FROM notification_delivery d JOIN notification_outbox o ON o.id = d.outbox_id
         WHERE d.center_id = $1 AND d.dead_at IS NOT NULL
         ORDER BY d.dead_at DESC, d.id LIMIT $2 OFFSET $3`,
        [centerId, pageSize, (page - 1) * pageSize],
      ),
      this.db.query(
        `SELECT count(*)::int AS total FROM notification_delivery WHERE center_id = $1 AND dead_at IS NOT NULL`,
        [centerId],
      ),
    ]);
    return { items: items.map(deadLetterOf), total };
  }

  /** Gives a dead letter of one of `centerIds` (the admin's scope) a fresh set of attempts, due now. */
  async retry(centerIds: string[], id: string): Promise<{ id: string; nextAttemptAt: string }> {
    const now = this.clock.now();
    const [rows] = await this.db.query(
      `UPDATE notification_delivery SET dead_at = NULL, attempts = 0, next_attempt_at = $3
       WHERE id = $1 AND center_id = ANY($2) AND dead_at IS NOT NULL RETURNING id`,
      [id, centerIds, now],
    );
    if (!rows.length) throw notFound('DEAD_LETTER_NOT_FOUND', '没有这条死信');
    return { id, nextAttemptAt: now.toISOString() };
  }
}

function deadLetterOf(row: DeadLetter & { deadAt: Date | string; createdAt: Date | string }): DeadLetter {
  return { ...row, deadAt: new Date(row.deadAt).toISOString(), createdAt: new Date(row.createdAt).toISOString() };
}
