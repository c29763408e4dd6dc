import { apiBlob } from '../api/client';

/** Fetches a file from the API with the session's token and hands it to the browser as a download. */
export async function downloadFromApi(path: string, fileName: string): Promise<void> {
  saveBlob(await apiBlob(path), fileName);
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Builds a CSV in the browser (UTF-8 with BOM so Excel reads Chinese) for tables the server does not export. */
export function downloadCsv(fileName: string, header: string[], rows: (string | number | null)[][]): void {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const csv = '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
