import { z } from 'zod';
import { instant, isoDate, obj } from './common';

/** `GET /api/applications/{id}/certificate`: the 决定书 of a finished item. */
export const certificateSchema = obj({
  number: z.string(),
  applicationId: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  legalBasis: z.string(),
  applicant: z.string(),
  applicantName: z.string(),
  decision: z.enum(['approved', 'rejected']),
  /** Why it was refused, from the decision's own note. */
  reason: z.string().nullable(),
  submittedOn: isoDate,
  decidedAt: instant,
  decidedOn: isoDate,
  centerName: z.string(),
  issuedAt: instant,
});
export type Certificate = z.infer<typeof certificateSchema>;
