import { Injectable } from '@nestjs/common';
import type { Figure, OnTime } from '@tongban/api-contract';
import { finishedStanding } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { finalStatuses, isOpenSql } from '../../common/database/item-status-sql';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';

export type FigureRow = Figure;

interface Span {
  key: string;
  name: string;
  centerId: string;
  open: boolean;
  start: Date | null;
  end: Date | null;
  deadline: Date | null;
  /** Closed because its time ran out (超期默许): never on time, whatever the instant says. */
  lapsed: boolean;
  /** Ended without a result: a withdrawn item, or a step cancelled with it or by the flow. */
  cancelled: boolean;
  /** The item was withdrawn by an officer (its ledger has an officer-withdrawal entry). */
  officerWithdrawal: boolean;
}

/** Whether the span's item was withdrawn by an officer; `a` is the item's application row. */
const OFFICER_WITHDRAWAL = `EXISTS (SELECT 1 FROM accountability_entry w
                                     WHERE w.application_id = a.id AND w.kind = 'officer-withdrawal')`;

/**
 * 按时办结率 and average working days, per department (from its review steps) and per item (from the items
 * themselves), each within its center: two centers' `planning` departments (or items `x`) are two rows. A finished span counts as `finishedStanding` says (an overdue item an officer withdrew stays
 * overdue); an open one is overdue once past its deadline.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly access: ApplicationAccess,
  ) {}

  async figures(user: AuthUser) {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now();
    return {
      at: at.toISOString(),
      byDepartment: await this.byDepartment(centers, at),
      byItem: await this.byItem(centers, at),
    };
  }

  /** One dimension of `figures`, for the dashboard's on-time chart. */
  async onTime(user: AuthUser, by: 'department' | 'item'): Promise<OnTime> {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now();
    const rows = by === 'department' ? await this.byDepartment(centers, at) : await this.byItem(centers, at);
    return { at: at.toISOString(), by, rows };
  }

  /** Items' figures from the items themselves. */
  async byItem(centers: string[], at: Date): Promise<FigureRow[]> {
    const items: Span[] = await this.db.query(
      `SELECT a.item_code AS key, c.name, a.center_id AS "centerId",
              ${isOpenSql('a.status', 2)} AS open,
              a.accepted_at AS start, a.completed_at AS end, a.deadline, false AS lapsed,
              a.status = 'withdrawn' AS cancelled,
              a.status = 'withdrawn' AND ${OFFICER_WITHDRAWAL} AS "officerWithdrawal"
       FROM application a JOIN catalog_item c ON c.center_id = a.center_id AND c.code = a.item_code
       WHERE a.center_id = ANY($1)`,
      [centers, finalStatuses()],
    );
    return this.summarise(items, at);
  }

  /** Departments' figures from their review steps (cancelled steps count only as `finishedStanding` says). */
  async byDepartment(centers: string[], at: Date): Promise<FigureRow[]> {
    const steps: Span[] = await this.db.query(
      `SELECT COALESCE(t.department, 'center') AS key, COALESCE(d.name, t.department, '综合窗口') AS name,
              t.center_id AS "centerId", t.status = 'open' AS open, t.created_at AS start, t.closed_at AS end, t.deadline,
              t.close_reason = 'timeout' AS lapsed, t.close_reason = 'cancelled' AS cancelled,
              t.close_reason = 'cancelled' AND a.status = 'withdrawn' AND ${OFFICER_WITHDRAWAL} AS "officerWithdrawal"
       FROM task t JOIN application a ON a.id = t.application_id
       LEFT JOIN department d ON d.center_id = t.center_id AND d.code = t.department
       WHERE t.center_id = ANY($1)`,
      [centers],
    );
    return this.summarise(steps, at);
  }

  private async summarise(spans: Span[], at: Date): Promise<FigureRow[]> {
    const groups = new Map<string, { row: FigureRow; days: number; measured: number; timed: number }>();
    for (const span of spans) {
      const finished = span.open || !span.end ? null : standingOf(span);
      if (finished === 'uncounted') continue;
      const groupKey = `${span.centerId}\u0000${span.key}`;
      const group = groups.get(groupKey) ?? {
        row: {
          key: span.key,
          centerId: span.centerId,
          name: span.name,
          total: 0,
          open: 0,
          finished: 0,
          onTime: 0,
          overdue: 0,
          onTimeRate: null,
          avgWorkingDays: null,
        },
        days: 0,
        measured: 0,
        timed: 0,
      };
      groups.set(groupKey, group);
      const { row } = group;
      row.total++;
      const deadline = span.deadline ? new Date(span.deadline).getTime() : null;
      if (span.open || !span.end) {
        row.open++;
        if (deadline !== null && at.getTime() > deadline) row.overdue++;
        continue;
      }
      row.finished++;
      if (finished !== 'untimed') {
        group.timed++;
        if (finished === 'on-time') row.onTime++;
        else row.overdue++;
      }
      if (span.start) {
        const calendar = await this.calendars.forCenter(span.centerId);
        group.measured++;
        group.days += calendar.workingDaysBetween(
          calendar.dateOf(new Date(span.start).toISOString()),
          calendar.dateOf(new Date(span.end).toISOString()),
        );
      }
    }
    return [...groups.values()]
      .map(({ row, days, measured, timed }) => ({
        ...row,
        onTimeRate: timed ? Math.round((row.onTime / timed) * 1000) / 1000 : null,
        avgWorkingDays: measured ? Math.round((days / measured) * 10) / 10 : null,
      }))
      .sort((a, b) => a.key.localeCompare(b.key) || a.centerId.localeCompare(b.centerId));
  }
}

function standingOf(span: Span) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return finishedStanding({
    end: iso(span.end)!,
    deadline: iso(span.deadline),
    lapsed: span.lapsed,
    cancelled: span.cancelled,
    officerWithdrawal: span.officerWithdrawal,
  });
}
