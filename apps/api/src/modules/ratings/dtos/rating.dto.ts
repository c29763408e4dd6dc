import { ledgerEntryOverdue } from '@tongban/flow-engine';
import type { Complaint, Rating } from '@tongban/api-contract';
import type { WorkCalendar } from '@tongban/work-calendar';

/** 好差评 levels of the national standard, 5 = 非常满意 … 1 = 非常不满意. */
export const SCORE_LABELS: Record<number, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

export type ComplaintDto = Complaint;

export type RatingDto = Rating;

export const RATING_COLUMNS = `
  SELECT r.id, r.center_id AS "centerId", r.application_id AS "applicationId", a.receipt_no AS "receiptNo", c.name AS "itemName", r.applicant,
         r.score, r.tags, r.comment, r.created_at AS "createdAt", e.id AS "entryId", e.due_date::text AS "dueDate",
         e.owner, e.close_note AS "answer", e.closed_by AS "answeredBy", e.closed_at AS "answeredAt"`;
export const RATING_FROM = `
  FROM rating r JOIN application a ON a.id = r.application_id JOIN catalog_item c ON c.center_id = a.center_id AND c.code = a.item_code
  LEFT JOIN accountability_entry e ON e.id = r.complaint_entry_id`;
export const RATING_SELECT = `${RATING_COLUMNS} ${RATING_FROM}`;

export interface RatingRow extends Omit<RatingDto, 'label' | 'complaint'> {
  centerId: string;
  entryId: string | null;
  dueDate: string | null;
  owner: string | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
}

/** The rating as answered at `at`, whose date in the center's `calendar` decides whether a complaint is red. */
export function toRatingDto(row: RatingRow, calendar: WorkCalendar, at: string): Rating {
  const answeredOn = row.answeredAt ? calendar.dateOf(new Date(row.answeredAt).toISOString()) : null;
  return {
    id: row.id,
    applicationId: row.applicationId,
    receiptNo: row.receiptNo,
    itemName: row.itemName,
    applicant: row.applicant,
    score: row.score,
    label: SCORE_LABELS[row.score],
    tags: row.tags,
    comment: row.comment,
    createdAt: new Date(row.createdAt).toISOString(),
    complaint: row.entryId
      ? {
          entryId: row.entryId,
          dueDate: row.dueDate!,
          owner: row.owner,
          answered: row.answeredAt !== null,
          answer: row.answer,
          answeredBy: row.answeredBy,
          answeredAt: row.answeredAt ? new Date(row.answeredAt).toISOString() : null,
          red: ledgerEntryOverdue({ dueDate: row.dueDate, closedOn: answeredOn }, calendar.dateOf(at)),
        }
      : null,
  };
}
