export interface AttachmentDto {
  id: string;
  applicationId: string | null;
  itemCode: string;
  materialCode: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

/** Columns of an attachment without its content, named as the DTO. */
export const ATTACHMENT_COLUMNS = `id, application_id AS "applicationId", item_code AS "itemCode", material_code AS "materialCode",
  file_name AS "fileName", content_type AS "contentType", size, sha256, uploaded_by AS "uploadedBy", created_at AS "createdAt"`;
