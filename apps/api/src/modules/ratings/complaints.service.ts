import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import { RATING_SELECT, type RatingDto, type RatingRow, toRatingDto } from './dtos/rating.dto';
import { complaintAnswered, complaintNotFound } from './ratings.exception';

const STAFF = ['officer', 'reviewer', 'committee', 'admin', 'supervisor'];

/** Complaints are 1–2 star ratings; answering one closes its ledger row with the answer as the note. */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly access: ApplicationAccess,
  ) {}

  async list(user: AuthUser): Promise<RatingDto[]> {
    const staff = user.roles.some((role) => STAFF.includes(role));
    const scope = staff ? 'r.center_id = ANY($1)' : 'r.applicant = $1';
    const rows: RatingRow[] = await this.db.query(
      `${RATING_SELECT} WHERE r.complaint_entry_id IS NOT NULL AND ${scope} ORDER BY e.closed_at NULLS FIRST, e.due_date, r.created_at`,
      [staff ? await this.access.visibleCenters(user) : user.username],
    );
    const at = this.clock.now().toISOString();
    const dtos: RatingDto[] = [];
    for (const row of rows) dtos.push(toRatingDto(row, await this.calendars.forCenter(row.centerId), at));
    return dtos;
  }

  async answer(user: AuthUser, ratingId: string, note: string): Promise<RatingDto> {
    const centers = await this.access.visibleCenters(user);
    const [row] = /^[0-9a-f-]{36}$/i.test(ratingId)
      ? await this.db.query(
          `SELECT r.complaint_entry_id AS "entryId" FROM rating r
           WHERE r.id = $1 AND r.complaint_entry_id IS NOT NULL AND r.center_id = ANY($2)`,
          [ratingId, centers],
        )
      : [];
    if (!row) throw complaintNotFound();
    const [closed]: [unknown[], number] = await this.db.query(
      `UPDATE accountability_entry SET closed_at = $2, closed_by = $3, close_note = $4
       WHERE id = $1 AND closed_at IS NULL RETURNING id`,
      [row.entryId, this.clock.now().toISOString(), user.username, note],
    );
    if (!closed.length) throw complaintAnswered();
    const [rating]: RatingRow[] = await this.db.query(`${RATING_SELECT} WHERE r.id = $1`, [ratingId]);
    return toRatingDto(rating, await this.calendars.forCenter(rating.centerId), this.clock.now().toISOString());
  }
}
