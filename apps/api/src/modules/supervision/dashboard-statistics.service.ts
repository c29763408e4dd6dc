import { Injectable } from '@nestjs/common';
import type { CardsByDay, Workload, WorkloadRow } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';

/** The dashboard's days are the service centers' days. */
const ZONE = 'Asia/Shanghai';

/**
 * The dashboard's charts, computed in SQL at the server clock's now: cards issued per day, and where open tasks
 * wait. Which card an item holds is not decided here: every command stores the instants its cards change at
 * (`cardTimes` of libs/flow-engine, on `application.cards`); a card is issued on the day its instant falls on.
 */
@Injectable()
export class DashboardStatisticsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly access: ApplicationAccess,
  ) {}

  /**
   * 黄牌 and 红牌 per day of the last `days` days up to today: the item clock's and each running step's change to
   * yellow or red that has already happened. A finished item keeps no card (the rule gives none), so the chart
   * shows the cards running items hold, by the day each was issued.
   */
  async cardsByDay(user: AuthUser, days: number): Promise<CardsByDay> {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now().toISOString();
    const rows: { date: string; yellow: number; red: number }[] = await this.db.query(
      `WITH running AS (
         SELECT a.cards FROM application a
         WHERE a.center_id = ANY($1) AND jsonb_typeof(a.cards -> 'item') = 'object'
       ), clocks AS (
         SELECT cards -> 'item' AS times FROM running
         UNION ALL
         SELECT step FROM running, jsonb_array_elements(COALESCE(cards -> 'steps', '[]'::jsonb)) step
       ), changes AS (
         SELECT 'yellow' AS card, (times ->> 'yellowFrom')::timestamptz AS at FROM clocks WHERE times ->> 'yellowFrom' IS NOT NULL
         UNION ALL
         SELECT 'red', (times ->> 'redFrom')::timestamptz FROM clocks WHERE times ->> 'redFrom' IS NOT NULL
       ), window_days AS (
         SELECT generate_series(($2::timestamptz AT TIME ZONE '${ZONE}')::date - ($3::int - 1),
                                ($2::timestamptz AT TIME ZONE '${ZONE}')::date, interval '1 day')::date AS day
       )
       SELECT w.day::text AS date,
              count(c.card) FILTER (WHERE c.card = 'yellow')::int AS yellow,
              count(c.card) FILTER (WHERE c.card = 'red')::int AS red
       FROM window_days w
       LEFT JOIN changes c ON (c.at AT TIME ZONE '${ZONE}')::date = w.day AND c.at < $2::timestamptz
       GROUP BY w.day ORDER BY w.day`,
      [centers, at, days],
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
