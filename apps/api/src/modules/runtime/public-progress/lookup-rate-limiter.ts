import { Injectable } from '@nestjs/common';
import { ApiException } from '../../../common/api-exception';

const MAX_MISSES = 10;
const WINDOW_MS = 60_000;

/**
 * At most 10 missed progress lookups a minute per client address, then 429 until the minute is over, even for a
 * right pair — as login is limited (LoginRateLimiter), so that receipt numbers and phones cannot be tried in bulk.
 * Kept in memory per process; security time is wall-clock time, not the business clock.
 */
@Injectable()
export class LookupRateLimiter {
  private readonly misses = new Map<string, { count: number; resetAt: number }>();

  assertAllowed(ip: string, now = Date.now()): void {
    const entry = this.misses.get(ip);
    if (entry && entry.resetAt > now && entry.count >= MAX_MISSES) {
      const retryAfterSeconds = Math.ceil((entry.resetAt - now) / 1000);
      throw new ApiException(429, 'TOO_MANY_REQUESTS', '查询次数过多，请稍后再试', { retryAfterSeconds });
    }
  }

  recordMiss(ip: string, now = Date.now()): void {
    const entry = this.misses.get(ip);
    if (entry && entry.resetAt > now) entry.count += 1;
    else this.misses.set(ip, { count: 1, resetAt: now + WINDOW_MS });
    if (this.misses.size > 10_000) {
      for (const [key, old] of this.misses) if (old.resetAt <= now) this.misses.delete(key);
    }
  }
}
