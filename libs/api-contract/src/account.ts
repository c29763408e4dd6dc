import { z } from 'zod';
import { passwordSchema } from './admin';

// Issue 16, a hardened edge: what a signed-in user does with its own account.

/** `POST /api/auth/password`: the caller's own password change (204; every token of the caller is revoked). */
export const passwordChangeInputSchema = z.strictObject({
  current: z.string().min(1).max(1024),
  next: passwordSchema,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInputSchema>;

/** A mainland mobile number: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/**
 * What an applicant signs in with: its mobile number or its e-mail address, which is also its username (an e-mail
 * in lower case). Pure: the register, reset and login forms and the server all ask this.
 */
export function accountName(account: string): { kind: 'phone' | 'email'; username: string } | null {
  const text = account.trim();
  if (MOBILE_PATTERN.test(text)) return { kind: 'phone', username: text };
  if (z.email().max(254).safeParse(text).success) return { kind: 'email', username: text.toLowerCase() };
  return null;
}

const accountSchema = z
  .string()
  .max(254)
  .refine((value) => accountName(value) !== null, '请输入 11 位手机号或电子邮箱');

/** `POST /api/auth/register` (applicants; 201 signed in): a mobile number or an e-mail address, not both. */
export const registerInputSchema = z
  .strictObject({
    phone: z.string().trim().regex(MOBILE_PATTERN, '请输入 11 位手机号').optional(),
    email: z.email('电子邮箱格式不正确').max(254).optional(),
    password: passwordSchema,
    name: z.string().trim().min(1, '姓名不能为空').max(100),
    /** The applicant's home center (its items are found first); default: the root (oldest top-level) center. */
    centerId: z.string().trim().min(1).max(64).optional(),
  })
  .refine((input) => (input.phone === undefined) !== (input.email === undefined), {
    message: '请填写手机号或电子邮箱（二选一）',
    path: ['phone'],
  });
export type RegisterInput = z.infer<typeof registerInputSchema>;

/** `POST /api/auth/reset/request` → 202 whether or not the account exists (no account enumeration). */
export const resetRequestInputSchema = z.strictObject({ account: accountSchema });
export type ResetRequestInput = z.infer<typeof resetRequestInputSchema>;

/** `POST /api/auth/reset/confirm` → 204; the one-time code is 6 digits. */
export const resetConfirmInputSchema = z.strictObject({
  account: accountSchema,
  code: z.string().regex(/^\d{6}$/, '验证码为 6 位数字'),
  password: passwordSchema,
});
export type ResetConfirmInput = z.infer<typeof resetConfirmInputSchema>;

/** A reset code lives 15 minutes and allows 5 wrong tries; a new request replaces it. */
export const RESET_CODE_MINUTES = 15;
export const RESET_CODE_ATTEMPTS = 5;

/** Whether a stored reset code may still be tried at `now` (pure). */
export function resetCodeUsable(code: { expiresAt: Date; attempts: number }, now: Date): boolean {
  return now.getTime() < code.expiresAt.getTime() && code.attempts < RESET_CODE_ATTEMPTS;
}
