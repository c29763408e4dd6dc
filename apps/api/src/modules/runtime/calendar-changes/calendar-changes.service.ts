import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { finalStatuses, isOpenSql } from '../../../common/database/item-status-sql';
import { CalendarService, type OverrideChange } from '../../calendar/calendar.service';
import { ClockService } from '../../clock/clock.service';
import { CommandExecutor, recalculation } from '../command-executor.service';

/** What an override change did: the revision it made and how many running items' deadlines it moved. */
export interface CalendarChangeResult {
  revision: number;
  recalculated: number;
}

/**
 * A local override added or removed, and every running item of the center moved to the new calendar in the
 * same transaction: one `recalculate` command (one event) per item whose running deadlines move. Readers of the
 * primary see the override, the items' snapshots, their projections, tasks and timers change together, so the
 * supervision views never read a deadline the item view no longer shows, and no old timer outlives the change.
 * Calendars do not inherit between centers: a change reaches its own center's items only.
 */
@Injectable()
export class CalendarChanges {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly executor: CommandExecutor,
  ) {}

  /** Null when a removal finds no override on that date (nothing changes). */
  async change(centerId: string, change: OverrideChange, by: string): Promise<CalendarChangeResult | null> {
    const at = this.clock.now().toISOString();
    const result = await this.db.transaction(async (manager) => {
      const revised = await this.calendars.revise(manager, centerId, change, by, at);
      if (!revised) return null;
      const running: { id: string }[] = await manager.query(
        `SELECT id FROM application
         WHERE center_id = $1 AND ${isOpenSql('status', 2)} ORDER BY id`,
        [centerId, finalStatuses()],
      );
      const outcomes = await this.executor.executeAllIn(
        manager,
        running.map(({ id }) => recalculation(id, revised, at, by)),
      );
      const recalculated = outcomes.filter((outcome) => outcome.effects.length > 0).length;
      return { revision: revised.revision, recalculated };
    });
    this.calendars.forget(centerId);
    return result;
  }
}
