import { Injectable } from '@nestjs/common';
import { isFinal } from '@tongban/flow-engine';
import { unlistedMaterialCodes } from '@tongban/flow-model';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badRequest } from '../../common/api-exception';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import { CatalogResolver, catalogCodeAmbiguous } from '../centers/catalog-resolver.service';
import {
  applicationFinished,
  attachmentLinked,
  attachmentNotFound,
  notAnUploader,
  tooManyFiles,
  unknownMaterial,
} from './attachments.exception';
import { ATTACHMENT_COLUMNS, type AttachmentDto } from './dtos/attachment.dto';
import type { UploadQuery } from './dtos/attachment.input';
import { checkedContentType, cleanFileName } from './file-policy';

const MAX_FILES = 60;

interface Target {
  centerId: string;
  itemCode: string;
  applicationId: string | null;
}

/** Materials as files in PostgreSQL: drafts before submitting, then linked to the application. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly access: ApplicationAccess,
    private readonly catalog: CatalogResolver,
  ) {}

  /** Checks who may upload where, before the body is read. */
  async target(user: AuthUser, query: UploadQuery): Promise<Target> {
    if (!user.roles.some((role) => role === 'applicant' || role === 'officer')) throw notAnUploader();
    const target = query.applicationId
      ? await this.applicationTarget(user, query.applicationId)
      : await this.draftTarget(user, query.itemCode!, query.center);
    await this.checkMaterial(target.centerId, target.itemCode, query.material);
    const [{ count }] = await this.db.query(
      target.applicationId
        ? `SELECT count(*)::int AS count FROM attachment WHERE application_id = $1`
        : `SELECT count(*)::int AS count FROM attachment WHERE uploaded_by = $1 AND application_id IS NULL`,
      [target.applicationId ?? user.username],
    );
    if (count >= MAX_FILES) throw tooManyFiles(MAX_FILES);
    return target;
  }

  async store(user: AuthUser, target: Target, query: UploadQuery, data: Buffer): Promise<AttachmentDto> {
    const fileName = cleanFileName(query.name);
    const contentType = checkedContentType(fileName, data);
    const [row] = await this.db.query(
      `INSERT INTO attachment (center_id, application_id, item_code, material_code, uploaded_by, file_name, content_type,
                               size, sha256, content, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${ATTACHMENT_COLUMNS}`,
      [
        target.centerId,
        target.applicationId,
        target.itemCode,
        query.material,
        user.username,
        fileName,
        contentType,
        data.length,
        createHash('sha256').update(data).digest('hex'),
        data,
        this.clock.now().toISOString(),
      ],
    );
    return row;
  }

  /** Attaches the caller's drafts to an application it submitted (or, at the window, entered). */
  async link(user: AuthUser, applicationId: string, ids: string[]): Promise<AttachmentDto[]> {
    const application = await this.access.asApplicantOrOfficer(user, applicationId);
    // An UPDATE answers [rows, count].
    const [rows]: [AttachmentDto[], number] = await this.db.query(
      `UPDATE attachment SET application_id = $1
       WHERE id = ANY($2) AND uploaded_by = $3 AND application_id IS NULL AND center_id = $4 AND item_code = $5
       RETURNING ${ATTACHMENT_COLUMNS}`,
      [application.id, ids, user.username, application.centerId, application.itemCode],
    );
    const linked = new Set(rows.map((row) => row.id));
    const missing = ids.filter((id) => !linked.has(id));
    if (missing.length) {
      throw badRequest('ATTACHMENT_NOT_LINKABLE', `这些文件不是您尚未提交的该事项草稿：${missing.join('、')}`, {
        missing,
      });
    }
    return rows;
  }

  async ofApplication(user: AuthUser, applicationId: string): Promise<AttachmentDto[]> {
    await this.access.readable(user, applicationId);
    return this.db.query(
      `SELECT ${ATTACHMENT_COLUMNS} FROM attachment WHERE application_id = $1 ORDER BY material_code, created_at`,
      [applicationId],
    );
  }

  /** The caller's drafts; of one item when `itemCode` names it (in `center`, or in any center holding the code). */
  async drafts(user: AuthUser, filter: { itemCode?: string; center?: string }): Promise<AttachmentDto[]> {
    return this.db.query(
      `SELECT ${ATTACHMENT_COLUMNS} FROM attachment
       WHERE uploaded_by = $1 AND application_id IS NULL AND ($2::text IS NULL OR item_code = $2)
         AND ($3::text IS NULL OR center_id = $3)
       ORDER BY created_at`,
      [user.username, filter.itemCode ?? null, filter.center ?? null],
    );
  }

  /** The file itself: the uploader's own draft, or a file of an application the caller may read. */
  async content(user: AuthUser, id: string): Promise<AttachmentDto & { content: Buffer }> {
    const row = await this.load(id);
    if (!row) throw attachmentNotFound();
    if (row.applicationId) await this.access.readable(user, row.applicationId);
    else if (row.uploadedBy !== user.username) throw attachmentNotFound();
    const [{ content }] = await this.db.query(`SELECT content FROM attachment WHERE id = $1`, [id]);
    return { ...row, content };
  }

  async removeDraft(user: AuthUser, id: string): Promise<void> {
    const row = await this.load(id);
    if (!row) throw attachmentNotFound();
    if (row.applicationId) {
      await this.access.readable(user, row.applicationId);
      throw attachmentLinked();
    }
    if (row.uploadedBy !== user.username) throw attachmentNotFound();
    await this.db.query(`DELETE FROM attachment WHERE id = $1 AND application_id IS NULL`, [id]);
  }

  private async load(id: string): Promise<AttachmentDto | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await this.db.query(`SELECT ${ATTACHMENT_COLUMNS} FROM attachment WHERE id = $1`, [id]);
    return row;
  }

  private async applicationTarget(user: AuthUser, applicationId: string): Promise<Target> {
    const application = await this.access.asApplicantOrOfficer(user, applicationId);
    if (isFinal(application.status)) throw applicationFinished();
    return { centerId: application.centerId, itemCode: application.itemCode, applicationId: application.id };
  }

  /**
   * A draft's item: the one its code names for the uploader, in the center it names (catalog codes are unique
   * within a center). The draft keeps that center: only an application of that center's item takes it.
   */
  private async draftTarget(user: AuthUser, itemCode: string, center?: string): Promise<Target> {
    const holders: { centerId: string }[] = await this.db.query(
      `SELECT center_id AS "centerId" FROM catalog_item WHERE code = $1`,
      [itemCode],
    );
    const resolution = await this.catalog.resolve(
      holders.map((row) => row.centerId),
      { requested: center, caller: user.centerId },
    );
    if ('centerId' in resolution) return { centerId: resolution.centerId, itemCode, applicationId: null };
    if (resolution.refusal === 'ambiguous') throw catalogCodeAmbiguous(itemCode, resolution.centers);
    throw badRequest('UNKNOWN_ITEM', `事项 ${itemCode} 不存在`);
  }

  private async checkMaterial(centerId: string, itemCode: string, material: string): Promise<void> {
    const [item]: { materials: { code: string }[] }[] = await this.db.query(
      `SELECT materials FROM catalog_item WHERE center_id = $1 AND code = $2`,
      [centerId, itemCode],
    );
    if (unlistedMaterialCodes(item?.materials ?? [], [{ code: material }]).length) {
      throw unknownMaterial(itemCode, material);
    }
  }
}
