import { z } from 'zod';
import { instant, isoDate, obj } from './common';
import { pageQuerySchema } from './pagination';

/** The complaint (投诉) a 1–2 star rating opens: a ledger row owed an answer by `dueDate`. */
export const complaintSchema = obj({
  entryId: z.string(),
  dueDate: isoDate,
  owner: z.string().nullable(),
  answered: z.boolean(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: instant.nullable(),
  /** Past its rectification date (unanswered after it, or answered only after it): a red mark. */
  red: z.boolean(),
});
export type Complaint = z.infer<typeof complaintSchema>;

/** `GET /api/applications/{id}/rating`'s `rating`, a row of `GET /api/complaints`. */
export const ratingSchema = obj({
  id: z.string(),
  applicationId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  applicant: z.string(),
  score: z.number().int().min(1).max(5),
  label: z.string(),
  tags: z.array(z.string()),
  comment: z.string(),
  createdAt: instant,
  complaint: complaintSchema.nullable(),
});
export type Rating = z.infer<typeof ratingSchema>;

/**
 * `GET /api/complaints`: without `page`/`pageSize` all as an array (open ones first); with them a page, filterable
 * by `answered` and `receiptNo`.
 */
export const complaintListQuerySchema = z.object({
  ...pageQuerySchema.shape,
  answered: z.enum(['true', 'false']).optional(),
  receiptNo: z.string().trim().max(64).optional(),
});
export type ComplaintListQuery = z.infer<typeof complaintListQuerySchema>;

export const COMPLAINT_SORTS = ['createdAt', 'dueDate', 'score', 'receiptNo', 'answeredAt'] as const;
