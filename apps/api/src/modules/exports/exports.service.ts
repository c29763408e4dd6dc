import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import { toCsv } from './csv';
import { kindLabel } from './ledger-labels';
import { StatisticsService } from '../supervision/statistics.service';

const rate = (value: number | null) => (value === null ? '' : `${Math.round(value * 1000) / 10}%`);

/** The ledger and the statistics as CSV for Excel (UTF-8 with BOM, Chinese headers). */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ApplicationAccess,
    private readonly statistics: StatisticsService,
  ) {}

  async ledgerCsv(user: AuthUser): Promise<string> {
    const rows = await this.db.query(
      `SELECT e.at, e.kind, COALESCE(d.name, e.department) AS department, e.officer, e.owner, a.receipt_no AS "receiptNo",
              c.name AS "itemName", e.node_id AS "nodeId", e.note, e.due_date::text AS "dueDate", e.closed_at AS "closedAt",
              e.closed_by AS "closedBy", e.close_note AS "closeNote"
       FROM accountability_entry e
       LEFT JOIN application a ON a.id = e.application_id
       LEFT JOIN catalog_item c ON c.center_id = a.center_id AND c.code = a.item_code
       LEFT JOIN department d ON d.center_id = e.center_id AND d.code = e.department
       WHERE e.center_id = ANY($1) ORDER BY e.at, e.id`,
      [await this.access.visibleCenters(user)],
    );
    return toCsv(
      [
        '发生时间',
        '类型',
        '部门',
        '经办人',
        '责任人',
        '受理编号',
        '事项',
        '环节',
        '情况',
        '整改期限',
        '状态',
        '销号时间',
        '销号人',
        '销号说明',
      ],
      rows.map((r: Record<string, unknown>) => [
        new Date(r.at as string).toISOString(),
        kindLabel(r.kind as string),
        r.department,
        r.officer,
        r.owner,
        r.receiptNo,
        r.itemName,
        r.nodeId,
        r.note,
        r.dueDate,
        r.closedAt ? '已销号' : '未销号',
        r.closedAt ? new Date(r.closedAt as string).toISOString() : '',
        r.closedBy,
        r.closeNote,
      ]),
    );
  }

  async statisticsCsv(user: AuthUser): Promise<string> {
    const figures = await this.statistics.figures(user);
    const section = (label: string, list: typeof figures.byItem) =>
      list.map((f) => [
        label,
        f.name,
        f.key,
        f.total,
        f.open,
        f.finished,
        f.onTime,
        f.overdue,
        rate(f.onTimeRate),
        f.avgWorkingDays ?? '',
        f.centerId,
      ]);
    return toCsv(
      ['维度', '名称', '编码', '总数', '在办', '办结', '按时办结', '超期', '按时办结率', '平均用时（工作日）', '中心'],
      [...section('部门', figures.byDepartment), ...section('事项', figures.byItem)],
    );
  }
}
