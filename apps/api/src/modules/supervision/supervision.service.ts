import { Injectable } from '@nestjs/common';
import { ledgerEntryOverdue } from '@tongban/flow-engine';
import type { WorkCalendar } from '@tongban/work-calendar';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/api-exception';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import { DefinitionCache } from '../runtime/definition-cache.service';
import { StatisticsService } from './statistics.service';

interface RunningRow {
  id: string;
  centerId: string;
  receiptNo: string;
  itemCode: string;
  flowKey: string;
  flowVersion: number;
  status: string;
  deadline: Date | null;
  clockPaused: boolean;
}

/** 电子监察: cards, overdue items and steps, tacit approvals and departments' figures at the clock's now. */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly definitions: DefinitionCache,
    private readonly access: ApplicationAccess,
    private readonly statistics: StatisticsService,
  ) {}

  async overview(user: AuthUser) {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now().toISOString();
    const running: RunningRow[] = await this.db.query(
      `SELECT a.id, a.center_id AS "centerId", a.receipt_no AS "receiptNo", a.item_code AS "itemCode",
              a.flow_key AS "flowKey", a.flow_version AS "flowVersion", a.status, a.deadline,
              a.clock_paused AS "clockPaused"
       FROM application a
       WHERE a.center_id = ANY($1) AND a.status IN ('submitted', 'awaiting-supplement', 'in-review')`,
      [centers],
    );
    const counts = { green: 0, yellow: 0, red: 0, paused: 0 };
    const overdue = [];
    for (const row of running) {
      const calendar = await this.calendars.forCenter(row.centerId);
      const card = await this.cardOf(row, calendar, at);
      counts[card]++;
      if (card === 'red' && row.deadline) {
        const deadline = new Date(row.deadline).toISOString();
        overdue.push({
          applicationId: row.id,
          receiptNo: row.receiptNo,
          itemCode: row.itemCode,
          centerId: row.centerId,
          status: row.status,
          deadline,
          overdueWorkingDays: calendar.workingDaysBetween(calendar.dateOf(deadline), calendar.dateOf(at)),
        });
      }
    }
    return {
      at,
      centers,
      counts,
      overdue,
      overdueSteps: await this.overdueSteps(centers, at),
      tacitApprovals: await this.tacitApprovals(centers),
      byDepartment: (await this.statistics.byDepartment(centers, new Date(at))).map((row) => ({
        department: row.key,
        name: row.name,
        open: row.open,
        closed: row.finished,
        onTimeRate: row.onTimeRate,
        avgWorkingDays: row.avgWorkingDays,
      })),
    };
  }

  /** The ledger, newest first; `overdue`: the row is past its own due date (ledgerEntryOverdue). */
  async ledger(user: AuthUser) {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now().toISOString();
    const rows: { centerId: string; dueDate: string | null; closedAt: Date | null }[] = await this.db.query(
      `SELECT e.id, e.center_id AS "centerId", e.application_id AS "applicationId", a.receipt_no AS "receiptNo",
              e.kind, e.department, e.officer, e.node_id AS "nodeId", e.note, e.at, e.owner,
              e.due_date::text AS "dueDate", e.closed_at AS "closedAt", e.closed_by AS "closedBy",
              e.close_note AS "closeNote"
       FROM accountability_entry e LEFT JOIN application a ON a.id = e.application_id
       WHERE e.center_id = ANY($1) ORDER BY e.at DESC`,
      [centers],
    );
    const entries = [];
    for (const row of rows) {
      const calendar = await this.calendars.forCenter(row.centerId);
      const closedOn = row.closedAt ? calendar.dateOf(new Date(row.closedAt).toISOString()) : null;
      entries.push({ ...row, overdue: ledgerEntryOverdue({ dueDate: row.dueDate, closedOn }, calendar.dateOf(at)) });
    }
    return entries;
  }

  /** 销号: a ledger row closes only with a note, once, and stays visible. */
  async closeEntry(user: AuthUser, id: string, note: string) {
    const centers = await this.access.visibleCenters(user);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('LEDGER_ENTRY_NOT_FOUND', '台账条目不存在');
    const [row] = await this.db.query(
      `SELECT closed_at AS "closedAt" FROM accountability_entry WHERE id = $1 AND center_id = ANY($2)`,
      [id, centers],
    );
    if (!row) throw notFound('LEDGER_ENTRY_NOT_FOUND', '台账条目不存在');
    if (row.closedAt) throw conflict('LEDGER_ENTRY_CLOSED', '该条目已销号');
    await this.db.query(
      `UPDATE accountability_entry SET closed_at = $2, closed_by = $3, close_note = $4 WHERE id = $1`,
      [id, this.clock.now().toISOString(), user.username, note],
    );
    return { id, closedBy: user.username, closeNote: note };
  }

  private async cardOf(
    row: RunningRow,
    calendar: WorkCalendar,
    at: string,
  ): Promise<'green' | 'yellow' | 'red' | 'paused'> {
    if (row.clockPaused) return 'paused';
    if (!row.deadline) return 'green';
    const definition = await this.definitions.get(row.flowKey, row.flowVersion);
    return calendar.warningLevel({
      deadline: new Date(row.deadline).toISOString(),
      at,
      warnAtRemainingDays: definition.timeLimit?.warnAtRemainingDays ?? 1,
    });
  }

  private overdueSteps(centers: string[], at: string) {
    return this.db.query(
      `SELECT t.id AS "taskId", t.application_id AS "applicationId", a.receipt_no AS "receiptNo", t.node_id AS "nodeId",
              t.node_name AS "nodeName", t.department, t.deadline
       FROM task t JOIN application a ON a.id = t.application_id
       WHERE t.center_id = ANY($1) AND t.status = 'open' AND t.deadline < $2
       ORDER BY t.deadline`,
      [centers, at],
    );
  }

  private tacitApprovals(centers: string[]) {
    return this.db.query(
      `SELECT e.id, e.application_id AS "applicationId", a.receipt_no AS "receiptNo", e.department, e.officer,
              e.node_id AS "nodeId", e.note, e.at
       FROM accountability_entry e LEFT JOIN application a ON a.id = e.application_id
       WHERE e.center_id = ANY($1) AND e.kind = 'tacit-approval' ORDER BY e.at DESC`,
      [centers],
    );
  }
}
