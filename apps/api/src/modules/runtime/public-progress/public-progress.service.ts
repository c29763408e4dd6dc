import { Injectable } from '@nestjs/common';
import type { PublicProgress, PublicProgressQuery } from '@tongban/api-contract';
import { nodeNames } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { notFound } from '../../../common/api-exception';
import type { ApplicationRow } from '../instance-rows';
import { ApplicationsService } from '../applications/applications.service';
import { DefinitionCache } from '../definition-cache.service';
import { statusLabel } from './status-label';

/** Digits only, so `0571-8888 8888` and `057188888888` are the same phone. */
const DIGITS = (sql: string) => `regexp_replace(${sql}, '[^0-9]', '', 'g')`;

/**
 * 办件进度查询 without login: the receipt number and the phone given with the application (the online form's
 * `data.phone`, or a walk-in's phone recorded at the window). Anything else — an unknown receipt or another phone —
 * is the same 404, so a receipt number alone reveals nothing.
 */
@Injectable()
export class PublicProgressService {
  constructor(
    private readonly db: DataSource,
    private readonly applications: ApplicationsService,
    private readonly definitions: DefinitionCache,
  ) {}

  async lookup({ receiptNo, phone }: PublicProgressQuery): Promise<PublicProgress> {
    const [row]: (ApplicationRow & { itemName: string })[] = await this.db.query(
      `SELECT a.id, a.center_id AS "centerId", a.receipt_no AS "receiptNo", a.item_code AS "itemCode",
              a.flow_key AS "flowKey", a.flow_version AS "flowVersion", a.applicant, a.channel, a.status, a.materials,
              a.data, a.created_at AS "createdAt", p.snapshot, p.version, c.name AS "itemName"
       FROM application a JOIN process_instance p ON p.application_id = a.id
            JOIN catalog_item c ON c.center_id = a.center_id AND c.code = a.item_code
       WHERE a.receipt_no = $1
         AND ${DIGITS('$2')} <> ''
         AND ${DIGITS('$2')} IN (${DIGITS("a.data->>'phone'")}, ${DIGITS("p.snapshot #>> '{context,walkIn,phone}'")})`,
      [receiptNo.toUpperCase(), phone],
    );
    if (!row) throw notFound('PROGRESS_NOT_FOUND', '未找到办件：请核对受理编号和申请时留下的联系电话');
    const view = await this.applications.viewOf(row, row);
    const names = nodeNames(await this.definitions.get(row.flowKey, row.flowVersion));
    return {
      receiptNo: row.receiptNo,
      itemName: row.itemName,
      status: view.status,
      statusLabel: statusLabel(view.status),
      currentStep: [...new Set(view.currentNodes.map((nodeId) => names.get(nodeId) ?? nodeId))],
      deadline: view.deadline,
    };
  }
}
