import { apiUpload } from '../api/client';
import type { Attachment } from '@tongban/api-contract';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,.ofd,application/pdf,image/jpeg,image/png';

/** Sends one file as raw bytes (the JSON limit of 1 MB does not apply to uploads); the server checks its content. */
export async function uploadAttachment(
  target: { itemCode?: string; applicationId?: string },
  material: string,
  file: File,
): Promise<Attachment> {
  const query = new URLSearchParams({ material, name: file.name });
  if (target.itemCode) query.set('itemCode', target.itemCode);
  if (target.applicationId) query.set('applicationId', target.applicationId);
  return apiUpload<Attachment>(`/attachments?${query}`, file);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
