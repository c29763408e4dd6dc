import { Injectable } from '@nestjs/common';
import { isDecided, ledgerDueDate, ledgerResponsibility } from '@tongban/flow-engine';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { CalendarService } from '../calendar/calendar.service';
import { CenterSettingsService } from '../centers/center-settings.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import type { ApplicationRow } from '../runtime/instance-rows';
import { settingDefaults } from '../../config/app-config';
import { RATING_SELECT, type RatingDto, type RatingRow, SCORE_LABELS, toRatingDto } from './dtos/rating.dto';
import type { RateInput } from './dtos/rating.input';
import { alreadyRated, notCompleted, notTheApplicant } from './ratings.exception';

/** 好差评: one rating per decided item; 1–2 stars open a complaint on the accountability ledger. */
@Injectable()
export class RatingsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly access: ApplicationAccess,
    private readonly centerSettings: CenterSettingsService,
  ) {}

  async rate(user: AuthUser, input: RateInput): Promise<RatingDto> {
    const application = await this.access.readable(user, input.applicationId);
    if (application.applicant !== user.username) throw notTheApplicant();
    if (!isDecided(application.status)) throw notCompleted();
    const now = this.clock.now().toISOString();
    try {
      await this.db.transaction(async (manager) => {
        const entryId = input.score <= 2 ? await this.openComplaint(manager, application, input, now) : null;
        await manager.query(
          `INSERT INTO rating (center_id, application_id, applicant, score, tags, comment, created_at, complaint_entry_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [application.centerId, application.id, user.username, input.score, input.tags, input.comment, now, entryId],
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyRated();
      throw error;
    }
    return (await this.ofApplication(user, application.id))!;
  }

  async ofApplication(user: AuthUser, applicationId: string): Promise<RatingDto | null> {
    await this.access.readable(user, applicationId);
    const [row]: RatingRow[] = await this.db.query(`${RATING_SELECT} WHERE r.application_id = $1`, [applicationId]);
    if (!row) return null;
    return toRatingDto(row, await this.calendars.forCenter(row.centerId), this.clock.now().toISOString());
  }

  /** The complaint limit of a center: its own setting, else COMPLAINT_DAYS, else 5 working days. */
  async complaintDays(centerId: string): Promise<{ complaintDays: number; source: 'center' | 'env' | 'default' }> {
    const [row] = await this.db.query(`SELECT complaint_days AS days FROM rating_setting WHERE center_id = $1`, [
      centerId,
    ]);
    if (row) return { complaintDays: row.days, source: 'center' };
    const fallback = settingDefaults.complaintDays();
    return { complaintDays: fallback.days, source: fallback.source };
  }

  /** Part of the center settings: written there (same row, audited). */
  async setComplaintDays(admin: AuthUser, days: number) {
    await this.centerSettings.update(admin.centerId, { complaintDays: days }, admin.username, this.clock.now());
    return this.complaintDays(admin.centerId);
  }

  /** The ledger row the center must answer: the item's first-inquiry officer's (首问负责), and its department's. */
  private async openComplaint(
    manager: EntityManager,
    application: ApplicationRow,
    input: RateInput,
    now: string,
  ): Promise<string> {
    // Two ratings racing for one item: the loser must not leave a ledger row behind.
    const [taken] = await manager.query(`SELECT 1 FROM rating WHERE application_id = $1`, [application.id]);
    if (taken) throw alreadyRated();
    const [owner] = await manager.query(
      `SELECT a.first_inquiry_officer AS officer, u.department FROM application a
       LEFT JOIN app_user u ON u.username = a.first_inquiry_officer WHERE a.id = $1`,
      [application.id],
    );
    const calendar = await this.calendars.forCenter(application.centerId);
    const { complaintDays } = await this.complaintDays(application.centerId);
    const dueDate = ledgerDueDate(now, calendar, complaintDays);
    const details = [input.tags.join('、'), input.comment].filter(Boolean).join('：');
    const answerable = ledgerResponsibility(
      { kind: 'complaint', department: owner?.department ?? null, officer: owner?.officer ?? null },
      { coveredBy: {}, actorDepartment: null },
    );
    const note = `差评投诉（${input.score} 分·${SCORE_LABELS[input.score]}）${details ? `：${details}` : ''}`;
    const [entry] = await manager.query(
      `INSERT INTO accountability_entry (center_id, application_id, kind, department, officer, node_id, note, at, owner, due_date)
       VALUES ($1, $2, 'complaint', $3, $4, NULL, $5, $6, $7, $8) RETURNING id`,
      [
        application.centerId,
        application.id,
        answerable.department,
        answerable.officer,
        note,
        now,
        answerable.owner,
        dueDate,
      ],
    );
    return entry.id;
  }
}
