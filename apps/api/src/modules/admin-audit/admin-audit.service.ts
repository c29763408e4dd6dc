import { Injectable } from '@nestjs/common';
import { type AdminAuditPage, type AdminAuditQuery, auditWindow } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/api-exception';
import { CentersService } from '../centers/centers.service';
import type { AuthUser } from '../identity/auth-user';
import type { AdminAuditEntry } from './admin-audit';

type AuditRow = AdminAuditEntry & { id: string };

/** Reads the admin audit log of the caller's center and the centers below it. */
@Injectable()
export class AdminAuditService {
  constructor(
    private readonly db: DataSource,
    private readonly centers: CentersService,
  ) {}

  async list(caller: AuthUser, query: AdminAuditQuery): Promise<AdminAuditPage> {
    const scope = await this.centers.descendantsOf(caller.centerId);
    if (query.center && !scope.includes(query.center))
      throw notFound('CENTER_NOT_FOUND', `中心 ${query.center} 不存在或不在本中心管辖范围内`);
    const { from, to } = auditWindow(query.from, query.to);
    const params: unknown[] = [query.center ? [query.center] : scope];
    const where = ['center_id = ANY($1)'];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.actor) add('actor = ?', query.actor);
    if (query.action) add('action = ?', query.action);
    if (from) add('at >= ?', from);
    if (to) add('at < ?', to);
    const [{ total }]: { total: string }[] = await this.db.query(
      `SELECT count(*) AS total FROM admin_audit WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: AuditRow[] = await this.db.query(
      `SELECT id::text AS id, center_id AS "centerId", actor, action, target, before, after, at
       FROM admin_audit WHERE ${where.join(' AND ')}
       ORDER BY at DESC, id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return { items: rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() })), total: Number(total) };
  }
}
