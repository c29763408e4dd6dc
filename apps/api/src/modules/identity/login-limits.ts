/**
 * The login limits, pure (time is an argument; security time is the wall clock, never the business clock).
 * Each attempt is counted BEFORE its password is checked, in one counter per key per minute:
 * - per account: at most 10 attempts a minute, from anywhere (guessing one password from many addresses);
 * - per address: at most 30 failed attempts a minute, across accounts (trying one password on many accounts).
 * A successful login takes its attempt back from the address, and clears the account's count, so an office behind
 * one address can sign everybody in. Over a limit: 429 until the minute is over, the right password included,
 * and the password is not checked at all (no hashing work for an attacker's flood).
 */
export const LOGIN_WINDOW_MS = 60_000;
export const ACCOUNT_ATTEMPTS_PER_WINDOW = 10;
export const ADDRESS_FAILURES_PER_WINDOW = 30;

export interface LoginCounterKeys {
  account: string;
  address: string;
}

/** The minute an attempt at `now` counts in. */
export function loginWindowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / LOGIN_WINDOW_MS) * LOGIN_WINDOW_MS);
}

/**
 * What an attempt is: `sign-in` checks a password (login, a password change); `self-service` asks for something
 * on behalf of an account without proving to be it (registering, requesting a reset code).
 */
export type AttemptKind = 'sign-in' | 'self-service';

/**
 * Counter keys of an attempt; usernames compare without case, as login does not care either way for limits.
 * Self-service requests count per account apart from sign-ins: anyone may ask for a code for any account, and
 * those requests must not use up the account's sign-ins (else anybody could lock anybody out). Both count on
 * the address.
 */
export function loginCounterKeys(address: string, username: string, kind: AttemptKind = 'sign-in'): LoginCounterKeys {
  const name = username.trim().toLowerCase();
  return { account: kind === 'sign-in' ? `account:${name}` : `self-service:${name}`, address: `address:${address}` };
}

export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Whether an attempt may check its password, given the counts including itself. */
export function loginVerdict(counts: { account: number; address: number }, now: Date): LoginVerdict {
  if (counts.account <= ACCOUNT_ATTEMPTS_PER_WINDOW && counts.address <= ADDRESS_FAILURES_PER_WINDOW) {
    return { allowed: true };
  }
  const windowEnd = loginWindowStart(now).getTime() + LOGIN_WINDOW_MS;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) };
}
