import type { MessageKey } from '../i18n/zh-CN';
import { t } from '../i18n/t';

/** The centers' time zone; every date shown is a date in the service center, not in the browser. */
const ZONE = 'Asia/Shanghai';

const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** `2026-10-16` for an instant, in the center's zone. */
export function formatDate(at: string | null | undefined): string {
  if (!at) return '—';
  const parts = Object.fromEntries(dateFormat.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function formatDateTime(at: string | null | undefined): string {
  if (!at) return '—';
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A message with `{name}` placeholders filled in. */
export function tf(key: MessageKey, values: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;
}
