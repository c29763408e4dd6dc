import type { Request } from 'express';
import { ApiException, badRequest } from '../../common/api-exception';

/** Past this much we stop listening and drop the connection instead of reading an attacker's stream. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

export const fileTooLarge = (maxBytes: number) =>
  new ApiException(413, 'FILE_TOO_LARGE', `文件超过 ${formatSize(maxBytes)}，请压缩或拆分后再上传`, { maxBytes });

/**
 * Reads an `application/octet-stream` body with its own limit (the JSON parser's 1 MB does not apply).
 * An oversize body is read to the end and thrown away so the client gets the 413, not a reset connection.
 */
export async function readRawBody(req: Request, maxBytes: number): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/octet-stream') {
    throw new ApiException(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 application/octet-stream 上传文件内容');
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DRAIN_LIMIT) {
      req.destroy();
      break;
    }
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes || declared > maxBytes) throw fileTooLarge(maxBytes);
  if (size === 0) throw badRequest('EMPTY_FILE', '文件是空的，请重新选择');
  return Buffer.concat(chunks, size);
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
