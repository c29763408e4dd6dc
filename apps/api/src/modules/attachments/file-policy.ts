import { settingDefaults } from '../../config/app-config';
import { executableRejected, extensionMismatch, unsupportedFileType } from './attachments.exception';
import { EXECUTABLE_EXTENSIONS, EXTENSIONS, extensionOf, sniff } from './file-sniffer';

export const maxUploadBytes = () => settingDefaults.attachmentMaxBytes();

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '_').trim();
  return clean.slice(-200) || 'file';
}

/** The stored content type of an upload, or the reason it is refused. */
export function checkedContentType(fileName: string, data: Buffer): string {
  const extension = extensionOf(fileName);
  if (EXECUTABLE_EXTENSIONS.has(extension)) throw executableRejected(`.${extension} 文件`);
  const sniffed = sniff(data);
  if (sniffed.kind === 'executable') throw executableRejected(sniffed.what);
  if (sniffed.kind === 'unknown') throw unsupportedFileType();
  if (!EXTENSIONS[sniffed.type].includes(extension)) throw extensionMismatch(extension, sniffed.type);
  return sniffed.contentType;
}

/** Types a browser shows itself without running anything: images and PDF open in place to be read. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/**
 * `inline` for a previewable type, so a material opens to be read (预览) instead of downloading; `attachment` for
 * every other type (OFD and anything added later), which the browser must not try to render.
 */
export function contentDisposition(contentType: string, fileName: string): string {
  const kind = PREVIEWABLE.has(contentType) ? 'inline' : 'attachment';
  return `${kind}; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
