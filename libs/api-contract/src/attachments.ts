import { z } from 'zod';
import { instant, obj } from './common';

/** `POST /api/attachments`, `GET /api/applications/{id}/attachments`: an uploaded file without its content. */
export const attachmentSchema = obj({
  id: z.string(),
  applicationId: z.string().nullable(),
  itemCode: z.string(),
  materialCode: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  createdAt: instant,
});
export type Attachment = z.infer<typeof attachmentSchema>;
