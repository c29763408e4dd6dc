import { Injectable } from '@nestjs/common';
import { isPaged, type LedgerEntry, type LedgerQuery, type Page, pageWindow } from '@tongban/api-contract';
import {
  boardWarning,
  type Card,
  type EngineSnapshot,
  type ItemCards,
  itemCardAt,
  ledgerEntryOverdue,
  nodeNames,
  stepCardAt,
  type StepWarning,
  summarize,
} from '@tongban/flow-engine';
import type { WorkCalendar } from '@tongban/work-calendar';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/api-exception';
import { finalStatuses, isOpenSql } from '../../common/database/item-status-sql';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import { DefinitionCache } from '../runtime/definition-cache.service';
import { ledgerFilter, LEDGER_ORDER, type LedgerRow } from './ledger-query';
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
  cards: ItemCards | null;
}

/** Red first on the boards. */
const CARD_RANK: Record<Card, number> = { red: 0, yellow: 1, warning: 2, normal: 3 };

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
              a.clock_paused AS "clockPaused", a.cards
       FROM application a
       WHERE a.center_id = ANY($1) AND ${isOpenSql('a.status', 2)}`,
      [centers, finalStatuses()],
    );
    const cards = await this.cards(running, at);
    const counts = { green: 0, yellow: 0, red: 0, paused: 0 };
    const overdue = [];
    for (const row of running) {
      const calendar = await this.calendars.forCenter(row.centerId);
      const level = await this.cardOf(row, calendar, at);
      counts[level]++;
      if (level === 'red' && row.deadline) {
        const deadline = new Date(row.deadline).toISOString();
        overdue.push({
          applicationId: row.id,
          receiptNo: row.receiptNo,
          itemCode: row.itemCode,
          centerId: row.centerId,
          status: row.status,
          deadline,
          overdueWorkingDays: calendar.workingDaysBetween(calendar.dateOf(deadline), calendar.dateOf(at)),
          // Past the promised deadline; the card (黄牌 before the statutory deadline) is the one rule's.
          card: itemCardAt(row.cards, at) ?? 'normal',
        });
      }
    }
    return {
      at,
      centers,
      counts,
      ...cards,
      overdue,
      overdueSteps: await this.overdueSteps(centers, at),
      tacitApprovals: await this.tacitApprovals(centers),
      byDepartment: (await this.statistics.byDepartment(centers, new Date(at))).map((row) => ({
        department: row.key,
        centerId: row.centerId,
        name: row.name,
        open: row.open,
        closed: row.finished,
        onTimeRate: row.onTimeRate,
        avgWorkingDays: row.avgWorkingDays,
      })),
    };
  }

  /**
   * The ledger, newest first unless sorted otherwise; `overdue`: the row is past its own due date
   * (ledgerEntryOverdue). Filters narrow it; with `page` and `pageSize` it answers one page and the total.
   */
  async ledger(user: AuthUser, query: LedgerQuery = {}): Promise<LedgerEntry[] | Page<LedgerEntry>> {
    const centers = await this.access.visibleCenters(user);
    const at = this.clock.now().toISOString();
    const where = ledgerFilter(query, centers);
    const order = `${LEDGER_ORDER[query.sort ?? 'at']} ${query.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, e.id`;
    const window = isPaged(query) ? pageWindow(query) : null;
    const rows: LedgerRow[] = await this.db.query(
      `SELECT e.id, e.center_id AS "centerId", e.application_id AS "applicationId", a.receipt_no AS "receiptNo",
              e.kind, e.department, e.officer, e.node_id AS "nodeId", e.note, e.at, e.owner,
              e.due_date::text AS "dueDate", e.closed_at AS "closedAt", e.closed_by AS "closedBy",
              e.close_note AS "closeNote"
       FROM accountability_entry e LEFT JOIN application a ON a.id = e.application_id
       WHERE ${where.sql} ORDER BY ${order}
       ${window ? `LIMIT ${window.limit} OFFSET ${window.offset}` : ''}`,
      where.params,
    );
    const entries: LedgerEntry[] = [];
    for (const row of rows) {
      const calendar = await this.calendars.forCenter(row.centerId);
      const closedOn = row.closedAt ? calendar.dateOf(new Date(row.closedAt).toISOString()) : null;
      entries.push({ ...row, overdue: ledgerEntryOverdue({ dueDate: row.dueDate, closedOn }, calendar.dateOf(at)) });
    }
    if (!window) return entries;
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM accountability_entry e LEFT JOIN application a ON a.id = e.application_id
       WHERE ${where.sql}`,
      where.params,
    );
    return { items: entries, total };
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

  private async cardOf(row: RunningRow, calendar: WorkCalendar, at: string): Promise<StepWarning | 'paused'> {
    const definition = await this.definitions.get(row.flowKey, row.flowVersion);
    const deadline = row.deadline ? new Date(row.deadline).toISOString() : null;
    const warnAtRemainingDays = definition.timeLimit?.warnAtRemainingDays;
    return boardWarning({ clockPaused: row.clockPaused, deadline, warnAtRemainingDays }, at, calendar);
  }

  /**
   * 电子监察 cards by the one rule the item view and the workbench use, read from the card times every command
   * stores: the items' counts, every running item with its card (red first) and those with a card other than
   * normal, and every running step with one (an item late at acceptance or at any step shows there even while the
   * item itself is in time).
   */
  private async cards(running: RunningRow[], at: string) {
    await this.fillMissingCards(running, at);
    const cardCounts: Record<Card, number> = { normal: 0, warning: 0, yellow: 0, red: 0 };
    const runningItems = [];
    const cardedSteps = [];
    for (const row of running) {
      const card = itemCardAt(row.cards, at) ?? 'normal';
      cardCounts[card]++;
      const item = { applicationId: row.id, receiptNo: row.receiptNo, itemCode: row.itemCode, centerId: row.centerId };
      const names = row.cards?.steps.length
        ? nodeNames(await this.definitions.get(row.flowKey, row.flowVersion))
        : null;
      const deadline = row.deadline ? new Date(row.deadline).toISOString() : null;
      const steps = (row.cards?.steps ?? []).map((step) => names?.get(step.nodeId) ?? step.nodeId);
      runningItems.push({ ...item, status: row.status, card, deadline, clockPaused: row.clockPaused, steps });
      for (const step of row.cards?.steps ?? []) {
        const stepCard = stepCardAt(row.cards, step.nodeId, at);
        if (stepCard === 'normal' || stepCard === null) continue;
        const { nodeId, department, deadline } = step;
        cardedSteps.push({
          ...item,
          nodeId,
          nodeName: names?.get(nodeId) ?? nodeId,
          department,
          deadline,
          card: stepCard,
        });
      }
    }
    runningItems.sort(
      (a, b) => CARD_RANK[a.card] - CARD_RANK[b.card] || (a.deadline ?? '~').localeCompare(b.deadline ?? '~'),
    );
    const cardedItems = runningItems.filter((row) => row.card !== 'normal');
    return { cardCounts, runningItems, cardedItems, cardedSteps };
  }

  /** A row written before cards were stored has none until its next command: its snapshot gives them. */
  private async fillMissingCards(running: RunningRow[], at: string): Promise<void> {
    const missing = running.filter((row) => !row.cards);
    if (!missing.length) return;
    const snapshots: { id: string; snapshot: EngineSnapshot }[] = await this.db.query(
      `SELECT application_id AS id, snapshot FROM process_instance WHERE application_id = ANY($1::uuid[])`,
      [missing.map((row) => row.id)],
    );
    const byId = new Map(snapshots.map(({ id, snapshot }) => [id, snapshot]));
    for (const row of missing) {
      const snapshot = byId.get(row.id);
      if (!snapshot) continue;
      const definition = await this.definitions.get(row.flowKey, row.flowVersion);
      row.cards = summarize(definition, snapshot, at, await this.calendars.forCenter(row.centerId)).cards;
    }
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
