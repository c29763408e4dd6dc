import { Injectable } from '@nestjs/common';
import type { CardsByDay, Workload, WorkloadRow } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import { lapseCardParams, lapseCardSql } from './lapse-card-sql';

/** The dashboard's days are the service centers' days. */
const ZONE = 'Asia/Shanghai';

/**
 * The dashboard's charts, computed in SQL at the server clock's now: cards issued per day, and where open tasks
 * wait. Which card an item holds is not decided here: the engine records each lapse in the accountability ledger
 * when its limit passes (the instant `cardTimes` of libs/flow-engine turns the card), on the day it falls on.
 */
@Injectable()
export class DashboardStatisticsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly access: ApplicationAccess,
  ) {}

  /**
   * 黄牌 and 红牌 per day of the last `days` days up to today, for every item, running or finished: a card is
   * issued once, when its limit passes, and the accountability ledger keeps that lapse after the item is done
   * (the card times on the application row end with the item). Which lapse is which card is `cardOfLapse`'s.
   * A limit passing writes a row per step and officer standing there, so each card counts once, on its first row.
   * Cards run from acceptance, as the item's clock does: the window's own lapse (§32; acceptance has no task) is
   * no card.
   */
  async cardsByDay(user: AuthUser, days: number): Promise<CardsByDay> {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now().toISOString();
    const rows: { date: string; yellow: number; red: number }[] = await this.db.query(
      `WITH issued AS (
         SELECT ${lapseCardSql('e.kind', 4, 5)} AS card, min(e.at) AS at
         FROM accountability_entry e
         WHERE e.center_id = ANY($1) AND e.at > $2::timestamptz - ($3::int + 1) * interval '1 day'
           AND ${lapseCardSql('e.kind', 4, 5)} IS NOT NULL
           AND (e.kind <> 'overdue-step'
                OR EXISTS (SELECT 1 FROM task t WHERE t.application_id = e.application_id AND t.node_id = e.node_id))
         GROUP BY e.application_id, e.kind, CASE WHEN e.kind = 'overdue-step' THEN e.node_id END
       ), window_days AS (
         SELECT generate_series(($2::timestamptz AT TIME ZONE '${ZONE}')::date - ($3::int - 1),
                                ($2::timestamptz AT TIME ZONE '${ZONE}')::date, interval '1 day')::date AS day
       )
       SELECT w.day::text AS date,
              count(c.card) FILTER (WHERE c.card = 'yellow')::int AS yellow,
              count(c.card) FILTER (WHERE c.card = 'red')::int AS red
       FROM window_days w
       LEFT JOIN issued c ON (c.at AT TIME ZONE '${ZONE}')::date = w.day AND c.at <= $2::timestamptz
       GROUP BY w.day ORDER BY w.day`,
      [centers, at, days, ...lapseCardParams()],
    );
    return { at, days: rows };
  }

  /** Open tasks per step and department, with how long they have waited: the bottleneck view. */
  async workload(user: AuthUser): Promise<Workload> {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now().toISOString();
    const rows: WorkloadRow[] = await this.db.query(
      `SELECT COALESCE(t.department, 'center') AS department, t.center_id AS "centerId",
              COALESCE(d.name, t.department, '综合窗口') AS "departmentName",
              COALESCE(t.node_name, t.node_id) AS "nodeName",
              count(*)::int AS open,
              count(*) FILTER (WHERE t.deadline < $2::timestamptz)::int AS overdue,
              round(avg(GREATEST(0, extract(epoch FROM $2::timestamptz - t.created_at))) / 3600, 1)::float AS "avgWaitHours",
              round(max(GREATEST(0, extract(epoch FROM $2::timestamptz - t.created_at))) / 3600, 1)::float AS "maxWaitHours"
       FROM task t
       LEFT JOIN department d ON d.center_id = t.center_id AND d.code = t.department
       WHERE t.center_id = ANY($1) AND t.status = 'open'
       GROUP BY 1, 2, 3, 4
       ORDER BY open DESC, "avgWaitHours" DESC, 3, 4, 2`,
      [centers, at],
    );
    return { at, rows };
  }
}
