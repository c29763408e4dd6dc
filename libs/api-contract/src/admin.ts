import { z } from 'zod';
import { instant, obj } from './common';
import { MAX_PAGE_SIZE } from './pagination';

/** `GET /api/admin/audit`: one administrative change (who, when, what, before and after; never a password hash). */
export const adminAuditEntrySchema = obj({
  id: z.string(),
  centerId: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  at: instant,
});
export type AdminAuditEntry = z.infer<typeof adminAuditEntrySchema>;

export const adminAuditPageSchema = obj({ items: z.array(adminAuditEntrySchema), total: z.number().int().min(0) });
export type AdminAuditPage = z.infer<typeof adminAuditPageSchema>;

/** A day (`2026-10-08`, the center's day) or an instant. */
const dayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * `GET /api/admin/audit?page=&pageSize=&actor=&action=&from=&to=` (newest first; page 1 of 50 by default).
 * `from`/`to` are inclusive days in Asia/Shanghai or instants.
 */
export const adminAuditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  actor: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  center: z.string().trim().min(1).max(100).optional(),
  from: dayOrInstant.optional(),
  to: dayOrInstant.optional(),
});
export type AdminAuditQuery = z.infer<typeof adminAuditQuerySchema>;

/** Keys never written to the audit log: passwords, their hashes, token versions and other secrets. */
const SECRET_KEY = /password|token|secret/i;

/** What the audit log keeps of a before/after state: the value without secret keys, at any depth; null for none. */
export function auditSnapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((entry) => auditSnapshot(entry));
  if (typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key, entry]) => !SECRET_KEY.test(key) && entry !== undefined)
      .map(([key, entry]) => [key, auditSnapshot(entry)]),
  );
}

const DAY_MS = 86_400_000;
const SHANGHAI = '+08:00';

/**
 * The instants an audit query covers: `from` inclusive, `to` exclusive. A day is a whole day in Asia/Shanghai
 * (`to=2026-10-08` includes all of the 8th); an instant is taken as it is.
 */
export function auditWindow(from?: string, to?: string): { from: Date | null; to: Date | null } {
  const day = (text: string) => new Date(`${text}T00:00:00${SHANGHAI}`);
  const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
  return {
    from: from === undefined ? null : isDay(from) ? day(from) : new Date(from),
    to: to === undefined ? null : isDay(to) ? new Date(day(to).getTime() + DAY_MS) : new Date(to),
  };
}
