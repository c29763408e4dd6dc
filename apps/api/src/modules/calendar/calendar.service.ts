import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CalendarOverride, createWorkCalendar, type WorkCalendar } from '@tongban/work-calendar';
import { type EntityManager, Repository } from 'typeorm';
import { CalendarOverrideEntity } from './calendar-override.entity';

const CACHE_MS = 5_000;
const KEPT_REVISIONS = 1_000;

/** A center's calendar as of one revision (official data plus the overrides that revision holds). */
export interface RevisedCalendar {
  revision: number;
  calendar: WorkCalendar;
}

/** An override set or removed by an administrator. */
export type OverrideChange = { date: string; workday: boolean; note: string } | { date: string; removed: true };

/**
 * Each center's working-day calendar: official data plus its local overrides. Every override change makes a
 * new revision (a `calendar_revision` row with the whole override set), so the calendar an item's step was
 * computed under can be rebuilt. The current revision is cached briefly; a past revision never changes.
 */
@Injectable()
export class CalendarService {
  private readonly cache = new Map<string, { current: RevisedCalendar; loadedAt: number }>();
  private readonly revisions = new Map<string, WorkCalendar>();

  constructor(
    @InjectRepository(CalendarOverrideEntity) private readonly overrides: Repository<CalendarOverrideEntity>,
  ) {}

  async forCenter(centerId: string): Promise<WorkCalendar> {
    return (await this.current(centerId)).calendar;
  }

  /**
   * The center's newest revision. Other API processes may change overrides; a short cache keeps them in step
   * without a query per command, and `atLeast` (the revision an item already records) forces a reload.
   */
  async current(centerId: string, atLeast = 0): Promise<RevisedCalendar> {
    const cached = this.cache.get(centerId);
    if (cached && performance.now() - cached.loadedAt < CACHE_MS && cached.current.revision >= atLeast) {
      return cached.current;
    }
    const [row]: { revision: number; overrides: CalendarOverride[] }[] = await this.overrides.query(
      `SELECT revision, overrides FROM calendar_revision WHERE center_id = $1 ORDER BY revision DESC LIMIT 1`,
      [centerId],
    );
    const current = { revision: row?.revision ?? 0, calendar: createWorkCalendar({ overrides: row?.overrides ?? [] }) };
    this.cache.set(centerId, { current, loadedAt: performance.now() });
    return current;
  }

  /** The calendar of one revision (undefined: an item from before revisions were recorded, read as the newest). */
  async ofRevision(centerId: string, revision: number | undefined): Promise<WorkCalendar> {
    if (revision === undefined) return this.forCenter(centerId);
    const key = `${centerId} ${revision}`;
    const kept = this.revisions.get(key);
    if (kept) return kept;
    const [row]: { overrides: CalendarOverride[] }[] = await this.overrides.query(
      `SELECT overrides FROM calendar_revision WHERE center_id = $1 AND revision = $2`,
      [centerId, revision],
    );
    const calendar = createWorkCalendar({ overrides: row?.overrides ?? [] });
    if (this.revisions.size >= KEPT_REVISIONS) this.revisions.clear();
    this.revisions.set(key, calendar);
    return calendar;
  }

  /**
   * Writes an override change and the revision it makes, in the caller's transaction; null when a removal
   * finds nothing to remove. Changes of one center are serialised so that revisions follow one another.
   */
  async revise(
    manager: EntityManager,
    centerId: string,
    change: OverrideChange,
    by: string,
    at: string,
  ): Promise<RevisedCalendar | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('calendar ' || $1, 0))`, [centerId]);
    if ('removed' in change) {
      const removed: unknown[] = await manager.query(
        `SELECT 1 FROM calendar_override WHERE center_id = $1 AND date = $2 FOR UPDATE`,
        [centerId, change.date],
      );
      if (!removed.length) return null;
      await manager.query(`DELETE FROM calendar_override WHERE center_id = $1 AND date = $2`, [centerId, change.date]);
    } else {
      await manager.query(
        `INSERT INTO calendar_override (center_id, date, workday, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (center_id, date) DO UPDATE SET workday = excluded.workday, note = excluded.note`,
        [centerId, change.date, change.workday, change.note],
      );
    }
    const overrides: CalendarOverride[] = await manager.query(
      `SELECT date::text AS date, workday, note FROM calendar_override WHERE center_id = $1 ORDER BY date`,
      [centerId],
    );
    const [{ revision }]: { revision: number }[] = await manager.query(
      `INSERT INTO calendar_revision (center_id, revision, overrides, changed_by, changed_at)
       SELECT $1, coalesce(max(revision), 0) + 1, $2::jsonb, $3, $4 FROM calendar_revision WHERE center_id = $1
       RETURNING revision`,
      [centerId, JSON.stringify(overrides), by, at],
    );
    return { revision, calendar: createWorkCalendar({ overrides }) };
  }

  /** After a change commits: the next read of the center's calendar loads the new revision. */
  forget(centerId: string): void {
    this.cache.delete(centerId);
  }

  async listOverrides(centerId: string): Promise<CalendarOverrideEntity[]> {
    return this.overrides.find({ where: { centerId }, order: { date: 'ASC' } });
  }
}
