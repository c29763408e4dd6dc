import { z } from 'zod';
import { passwordSchema } from './admin';

// Issue 16, a hardened edge: what a signed-in user does with its own account.

/** `POST /api/auth/password`: the caller's own password change (204; every token of the caller is revoked). */
export const passwordChangeInputSchema = z.strictObject({
  current: z.string().min(1).max(1024),
  next: passwordSchema,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInputSchema>;
