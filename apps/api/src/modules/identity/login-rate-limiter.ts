import { Injectable } from '@nestjs/common';
import { tooManyLoginAttempts } from './identity.exception';

const MAX_FAILURES = 10;
const WINDOW_MS = 60_000;

/**
 * At most 10 failed logins a minute per (client address, username); then 429 until the minute is over,
 * even for the right password. Only login is limited, and a success clears the count. Kept in memory:
 * each API process counts on its own. Security time is wall-clock time, not the business clock.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  assertAllowed(ip: string, username: string, now = Date.now()): void {
    const entry = this.failures.get(key(ip, username));
    if (entry && entry.resetAt > now && entry.count >= MAX_FAILURES) {
      throw tooManyLoginAttempts(Math.ceil((entry.resetAt - now) / 1000));
    }
  }

  recordFailure(ip: string, username: string, now = Date.now()): void {
    const k = key(ip, username);
    const entry = this.failures.get(k);
    if (entry && entry.resetAt > now) entry.count += 1;
    else this.failures.set(k, { count: 1, resetAt: now + WINDOW_MS });
    if (this.failures.size > 10_000) this.prune(now);
  }

  recordSuccess(ip: string, username: string): void {
    this.failures.delete(key(ip, username));
  }

  private prune(now: number): void {
    for (const [k, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(k);
  }
}

const key = (ip: string, username: string) => `${ip}\u0000${username.toLowerCase()}`;
