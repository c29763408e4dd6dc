import { z } from 'zod';
import { obj } from './common';
import { pageQuerySchema } from './pagination';

/**
 * `committee`: members of a department's review committee (会审), a second role beside reviewer. `head`: a
 * department's head (负责人), who approves a §42 extension of the items standing in the department.
 */
export const ROLES = ['admin', 'officer', 'reviewer', 'committee', 'supervisor', 'applicant', 'head'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The caller as the web app sees it (`POST /api/auth/login`'s `user`, `GET /api/auth/me`). */
export const sessionUserSchema = obj({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  /** Left out when the user has none. */
  department: z.string().optional(),
  centerId: z.string(),
  chiefRepresentative: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** `GET /api/users`: an entry of the designer's assignee picker and the staff lists. */
export const userSummarySchema = obj({
  username: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  department: z.string().nullable(),
  /** Office phone (办公电话); null when none is recorded. */
  phone: z.string().nullable(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** `GET /api/users/names?usernames=`: a person as the workbench and the portal name it (staff: office phone). */
export const personNameSchema = obj({ username: z.string(), name: z.string(), phone: z.string().nullable() });
export type PersonName = z.infer<typeof personNameSchema>;

export const loginInputSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** `POST /api/auth/login`. */
export const loginResultSchema = obj({
  token: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  user: sessionUserSchema,
});
export type LoginResult = z.infer<typeof loginResultSchema>;

/** `GET /api/users?role=&department=` (with `page`, `pageSize`, `sort`, `order` a page). */
export const usersQuerySchema = z.object({
  ...pageQuerySchema.shape,
  role: roleSchema.optional(),
  department: z.string().min(1).max(100).optional(),
  /** Any part of the username or the name, any case. */
  q: z.string().trim().min(1).max(100).optional(),
  /** One center of the caller's tree (admins); staff may name only their own. */
  center: z.string().trim().min(1).max(100).optional(),
  disabled: z.enum(['true', 'false']).optional(),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;

export const USER_SORTS = ['username', 'name', 'department'] as const;
