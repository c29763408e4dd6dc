import { z } from 'zod';
import { instant, obj } from './common';
import { ROLES, roleSchema } from './identity';
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

/** A login name: lower-case letter first, then letters, digits, `.`, `_` or `-`; 3–40 characters. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,39}$/;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export const usernameSchema = z
  .string()
  .regex(USERNAME_PATTERN, '用户名应以小写字母开头，由 3–40 个小写字母、数字、.、_、- 组成');
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`)
  .max(MAX_PASSWORD_LENGTH, `密码最多 ${MAX_PASSWORD_LENGTH} 个字符`);

const personName = z.string().trim().min(1, '姓名不能为空').max(100);
const code = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, '编码应以小写字母开头，由 2–40 个小写字母、数字或 - 组成');
const email = z.email('电子邮箱格式不正确').max(254);
const phone = z.string().trim().min(1).max(40);
const roles = z.array(roleSchema).min(1, '至少选择一个角色').max(ROLES.length);

/** `POST /api/users` (admin). */
export const createUserInputSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  name: personName,
  roles,
  department: code.nullable().optional(),
  centerId: z.string().min(1).max(100),
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

/** `PATCH /api/users/{username}` (admin): only the fields sent change; null clears department, email, phone. */
export const updateUserInputSchema = z.strictObject({
  name: personName.optional(),
  roles: roles.optional(),
  department: code.nullable().optional(),
  chiefRepresentative: z.boolean().optional(),
  disabled: z.boolean().optional(),
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

/** `POST /api/users/{username}/password` (admin reset). */
export const passwordResetInputSchema = z.strictObject({ password: passwordSchema });
export type PasswordResetInput = z.infer<typeof passwordResetInputSchema>;

/** A user as an admin sees it (`POST`/`PATCH /api/users`, `GET /api/users` for admins). */
export const adminUserSchema = obj({
  username: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  department: z.string().nullable(),
  centerId: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  chiefRepresentative: z.boolean(),
  disabled: z.boolean(),
  createdAt: instant,
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const CENTER_LEVELS = ['province', 'city', 'county'] as const;
export const centerLevelSchema = z.enum(CENTER_LEVELS);
export type CenterLevelName = z.infer<typeof centerLevelSchema>;

/** The level a center directly below a `parent` center has (三级联网); null: nothing goes below a county. */
export function childLevel(parent: CenterLevelName): CenterLevelName | null {
  return CENTER_LEVELS[CENTER_LEVELS.indexOf(parent) + 1] ?? null;
}

/** `GET /api/centers`: a center of the caller's tree (its own and those below). */
export const centerSchema = obj({
  id: z.string(),
  name: z.string(),
  level: centerLevelSchema,
  parentId: z.string().nullable(),
});
export type Center = z.infer<typeof centerSchema>;

/** `POST /api/centers` (admin). */
export const createCenterInputSchema = z.strictObject({
  id: code,
  name: personName,
  level: centerLevelSchema,
  parentId: z.string().min(1).max(100),
});
export type CreateCenterInput = z.infer<typeof createCenterInputSchema>;

/** `PATCH /api/centers/{id}`, `PATCH /api/departments/{code}`. */
export const renameInputSchema = z.strictObject({ name: personName });
export type RenameInput = z.infer<typeof renameInputSchema>;

/** `POST /api/departments` (admin). */
export const createDepartmentInputSchema = z.strictObject({
  centerId: z.string().min(1).max(100),
  code,
  name: personName,
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentInputSchema>;

/** `?center=` on the department routes: a center of the caller's tree (default its own). */
export const centerQuerySchema = z.object({ center: z.string().trim().min(1).max(100).optional() });

/** `POST /api/staff/pairs` (admin): `b` takes `a`'s tasks while `a` is away (AB岗). */
export const createPairInputSchema = z.strictObject({ a: usernameSchema, b: usernameSchema });
export type CreatePairInput = z.infer<typeof createPairInputSchema>;
export const abPairCreatedSchema = obj({ a: z.string(), b: z.string() });

/** `GET /api/staff/pairs`. */
export const abPairSchema = obj({
  a: z.string(),
  aName: z.string(),
  b: z.string(),
  bName: z.string(),
  department: z.string().nullable(),
});
export type AbPair = z.infer<typeof abPairSchema>;
