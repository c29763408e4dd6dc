import type { Attachment } from '@tongban/api-contract';

export type AttachmentDto = Attachment;

/** Columns of an attachment without its content, named as the DTO. */
export const ATTACHMENT_COLUMNS = `id, application_id AS "applicationId", item_code AS "itemCode", material_code AS "materialCode",
  file_name AS "fileName", content_type AS "contentType", size, sha256, uploaded_by AS "uploadedBy", created_at AS "createdAt"`;
