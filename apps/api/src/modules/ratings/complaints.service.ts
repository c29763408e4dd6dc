import { Injectable } from '@nestjs/common';
import { type COMPLAINT_SORTS, type ComplaintListQuery, type Page } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { assertSortable, containing, isPaged, orderBy, pageOfRows, Where } from '../../common/list-query';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import {
  RATING_COLUMNS,
  RATING_FROM,
  RATING_SELECT,
  type RatingDto,
  type RatingRow,
  toRatingDto,
} from './dtos/rating.dto';
import { complaintAnswered, complaintNotFound } from './ratings.exception';

const STAFF = ['officer', 'reviewer', 'committee', 'admin', 'supervisor'];

/** `sort` fields of `GET /api/complaints` (COMPLAINT_SORTS) and their columns. */
const COMPLAINT_SORT_COLUMNS: Record<(typeof COMPLAINT_SORTS)[number], string> = {
  createdAt: 'r.created_at',
  dueDate: 'e.due_date',
  score: 'r.score',
  receiptNo: 'a.receipt_no',
  answeredAt: 'e.closed_at',
};

/** Complaints are 1–2 star ratings; answering one closes its ledger row with the answer as the note. */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly access: ApplicationAccess,
  ) {}

  /**
   * Complaints the caller may see, open ones first: without `page`/`pageSize` all as an array (as the contract
   * always said), with them one page and the total; `answered` and `receiptNo` narrow both.
   */
  async list(user: AuthUser, query: ComplaintListQuery): Promise<RatingDto[] | Page<RatingDto>> {
    assertSortable(query);
    const staff = user.roles.some((role) => STAFF.includes(role));
    const where = new Where([staff ? await this.access.visibleCenters(user) : user.username]);
    where.and('r.complaint_entry_id IS NOT NULL').and(staff ? 'r.center_id = ANY($1)' : 'r.applicant = $1');
    if (query.answered) where.and(query.answered === 'true' ? 'e.closed_at IS NOT NULL' : 'e.closed_at IS NULL');
    where.when(query.receiptNo && containing(query.receiptNo), (p) => `a.receipt_no ILIKE ${p}`);
    const order = orderBy(query, COMPLAINT_SORT_COLUMNS, 'e.closed_at NULLS FIRST, e.due_date, r.created_at', 'r.id');
    const at = this.clock.now().toISOString();
    const toDtos = async (rows: RatingRow[]) => {
      const dtos: RatingDto[] = [];
      for (const row of rows) dtos.push(toRatingDto(row, await this.calendars.forCenter(row.centerId), at));
      return dtos;
    };
    if (isPaged(query)) {
      return pageOfRows(this.db, query, { select: RATING_COLUMNS, from: RATING_FROM, where, orderBy: order }, toDtos);
    }
    const rows: RatingRow[] = await this.db.query(
      `${RATING_SELECT} WHERE ${where.sql} ORDER BY ${order}`,
      where.params,
    );
    return toDtos(rows);
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
