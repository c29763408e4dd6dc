import {
  accountName,
  passwordChangeInputSchema,
  registerInputSchema,
  RESET_CODE_ATTEMPTS,
  resetCodeUsable,
  resetConfirmInputSchema,
} from './account';

describe('applicant accounts', () => {
  it('names an account by its mobile number or its e-mail in lower case', () => {
    expect(accountName('13912345678')).toEqual({ kind: 'phone', username: '13912345678' });
    expect(accountName(' Wang.Li@Example.CN ')).toEqual({ kind: 'email', username: 'wang.li@example.cn' });
    expect(accountName('1391234567')).toBeNull();
    expect(accountName('12912345678')).toBeNull();
    expect(accountName('alice')).toBeNull();
  });

  it('registers with a phone or an e-mail, never both or neither, and a password of 8+', () => {
    const ok = { password: 'long-enough', name: '王小明' };
    expect(registerInputSchema.safeParse({ ...ok, phone: '13912345678' }).success).toBe(true);
    expect(registerInputSchema.safeParse({ ...ok, email: 'a@b.cn' }).success).toBe(true);
    expect(registerInputSchema.safeParse({ ...ok, phone: '13912345678', email: 'a@b.cn' }).success).toBe(false);
    expect(registerInputSchema.safeParse(ok).success).toBe(false);
    expect(registerInputSchema.safeParse({ ...ok, phone: '13912345678', password: 'short' }).success).toBe(false);
    expect(registerInputSchema.safeParse({ ...ok, phone: '13912345678', roles: ['admin'] }).success).toBe(false);
  });

  it('takes a 6-digit code to reset, and a new password of 8+ to change', () => {
    const reset = { account: '13912345678', code: '012345', password: 'new-password' };
    expect(resetConfirmInputSchema.safeParse(reset).success).toBe(true);
    expect(resetConfirmInputSchema.safeParse({ ...reset, code: '12345' }).success).toBe(false);
    expect(passwordChangeInputSchema.safeParse({ current: 'x', next: '1234567' }).success).toBe(false);
  });

  it('accepts a reset code before it expires and before 5 wrong tries', () => {
    const expiresAt = new Date('2026-03-02T01:15:00Z');
    expect(resetCodeUsable({ expiresAt, attempts: 0 }, new Date('2026-03-02T01:14:59Z'))).toBe(true);
    expect(resetCodeUsable({ expiresAt, attempts: 0 }, new Date('2026-03-02T01:15:00Z'))).toBe(false);
    expect(resetCodeUsable({ expiresAt, attempts: RESET_CODE_ATTEMPTS - 1 }, new Date('2026-03-02T01:00:00Z'))).toBe(
      true,
    );
    expect(resetCodeUsable({ expiresAt, attempts: RESET_CODE_ATTEMPTS }, new Date('2026-03-02T01:00:00Z'))).toBe(false);
  });
});
