import { Injectable } from '@nestjs/common';
import { isDecided } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { conflict } from '../../common/api-exception';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import type { ApplicationRow } from '../runtime/instance-rows';
import type { CertificateDto } from './certificate.dto';

/** 统一出证: the numbered result document of a decided item, numbered when the decision was made. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly access: ApplicationAccess,
  ) {}

  async of(user: AuthUser, applicationId: string): Promise<CertificateDto> {
    const application = await this.access.readable(user, applicationId);
    if (!isDecided(application.status)) {
      throw conflict('NOT_COMPLETED', '办件尚未办结，暂无结果文书');
    }
    await this.issueOnce(application);
    return this.load(application);
  }

  /**
   * Items are numbered when decided (tongban_write_batch, in decision order). An item decided before that was so
   * has no certificate yet: it takes the next number of its decision year now, from the same counter.
   */
  private async issueOnce(application: ApplicationRow): Promise<void> {
    const [existing] = await this.db.query(`SELECT 1 FROM certificate WHERE application_id = $1`, [application.id]);
    if (existing) return;
    const [facts] = await this.db.query(`SELECT a.completed_at AS "completedAt" FROM application a WHERE a.id = $1`, [
      application.id,
    ]);
    const calendar = await this.calendars.forCenter(application.centerId);
    const decidedAt = new Date(facts.completedAt ?? this.clock.now()).toISOString();
    const year = Number(calendar.dateOf(decidedAt).slice(0, 4));
    await this.db.transaction(async (manager) => {
      // Two first views at once: the second waits, then finds the first one's certificate.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('certificate:' || $1))`, [application.id]);
      const [taken] = await manager.query(`SELECT 1 FROM certificate WHERE application_id = $1`, [application.id]);
      if (taken) return;
      const [{ seq }] = await manager.query(
        `INSERT INTO certificate_counter AS k (center_id, year, seq) VALUES ($1, $2, 1)
         ON CONFLICT (center_id, year) DO UPDATE SET seq = k.seq + 1 RETURNING k.seq`,
        [application.centerId, year],
      );
      await manager.query(
        `INSERT INTO certificate (center_id, application_id, year, seq, number, item_code, item_name, applicant,
                                  applicant_name, decision, decided_at, center_name, issued_at)
         SELECT a.center_id, a.id, $2, $3, tongban_certificate_number($2, $3), a.item_code, c.name, a.applicant,
                COALESCE(u.name, a.applicant), a.status, $4, z.name, $5
         FROM application a JOIN catalog_item c ON c.center_id = a.center_id AND c.code = a.item_code JOIN center z ON z.id = a.center_id
         LEFT JOIN app_user u ON u.username = a.applicant
         WHERE a.id = $1`,
        [application.id, year, seq, decidedAt, this.clock.now().toISOString()],
      );
    });
  }

  private async load(application: ApplicationRow): Promise<CertificateDto> {
    const [row] = await this.db.query(
      `SELECT x.number, x.application_id AS "applicationId", a.receipt_no AS "receiptNo", x.item_code AS "itemCode",
              x.item_name AS "itemName", c.legal_basis AS "legalBasis", x.applicant, x.applicant_name AS "applicantName",
              x.decision, x.decided_at AS "decidedAt", x.center_name AS "centerName", x.issued_at AS "issuedAt"
       FROM certificate x JOIN application a ON a.id = x.application_id JOIN catalog_item c ON c.center_id = x.center_id AND c.code = x.item_code
       WHERE x.application_id = $1`,
      [application.id],
    );
    const calendar = await this.calendars.forCenter(application.centerId);
    const decidedAt = new Date(row.decidedAt).toISOString();
    return {
      ...row,
      reason: row.decision === 'rejected' ? await this.refusalReason(application.id) : null,
      submittedOn: calendar.dateOf(new Date(application.createdAt).toISOString()),
      decidedAt,
      decidedOn: calendar.dateOf(decidedAt),
      issuedAt: new Date(row.issuedAt).toISOString(),
    };
  }

  /** The note of the refusing step (不予受理 or a department's 不同意), from the event log. */
  private async refusalReason(applicationId: string): Promise<string | null> {
    const [row] = await this.db.query(
      `SELECT COALESCE(payload->'event'->>'reason', payload->'event'->>'comment', payload->>'comment') AS reason
       FROM instance_event WHERE application_id = $1 AND to_status = 'rejected' ORDER BY instance_version LIMIT 1`,
      [applicationId],
    );
    return row?.reason || null;
  }
}
