import { ApiError, getToken, NETWORK_ERROR_MESSAGE } from '../../api/client';
import type { Attachment } from '@tongban/api-contract';

export interface UploadTarget {
  itemCode?: string;
  /** The draft item's center (codes are unique within a center only). */
  center?: string;
  applicationId?: string;
}

/**
 * Sends one file as raw bytes, like `shared-ui/upload.ts`, but over XMLHttpRequest: fetch cannot report upload
 * progress, and a photo from a phone camera over a mobile network takes long enough to need it.
 */
export function uploadWithProgress(
  target: UploadTarget,
  material: string,
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<Attachment> {
  const query = new URLSearchParams({ material, name: file.name });
  if (target.itemCode) query.set('itemCode', target.itemCode);
  if (target.itemCode && target.center) query.set('center', target.center);
  if (target.applicationId) query.set('applicationId', target.applicationId);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/attachments?${query}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    const token = getToken();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE));
    request.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    request.onload = () => {
      const body = parse(request.responseText) as (Attachment & { error?: { code?: string; message?: string } }) | null;
      if (request.status >= 200 && request.status < 300 && body) resolve(body);
      else
        reject(
          new ApiError(
            request.status,
            body?.error?.code ?? 'HTTP_ERROR',
            body?.error?.message ?? `上传失败（${request.status}）`,
          ),
        );
    };
    signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
