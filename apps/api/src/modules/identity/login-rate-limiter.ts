import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tooManyLoginAttempts } from './identity.exception';
import {
  type AttemptKind,
  LOGIN_WINDOW_MS,
  loginCounterKeys,
  type LoginCounterKeys,
  loginVerdict,
  loginWindowStart,
} from './login-limits';

/** An attempt that was counted and may check its password. */
export interface ReservedAttempt {
  keys: LoginCounterKeys;
  windowStart: Date;
}

/**
 * The login limits (login-limits.ts) in PostgreSQL: every API process counts in the same rows, and an attempt is
 * counted by one atomic UPSERT before its password is checked, so 100 concurrent attempts on one account get
 * counts 1…100 and only the first 10 are checked, however many processes they arrive at.
 */
@Injectable()
export class LoginRateLimiter {
  private lastPurged = 0;
  /** Security time is the wall clock, never the business clock (a spec pins it to stay inside one minute). */
  wallClock: () => Date = () => new Date();

  constructor(private readonly db: DataSource) {}

  /** Counts the attempt for its account and address; 429 TOO_MANY_REQUESTS when either is over its limit. */
  async reserve(
    address: string,
    username: string,
    kind: AttemptKind = 'sign-in',
    now = this.wallClock(),
  ): Promise<ReservedAttempt> {
    const keys = loginCounterKeys(address, username, kind);
    const windowStart = loginWindowStart(now);
    // Always the account's row first, then the address's: concurrent attempts lock in one order, never deadlock.
    const rows: { key: string; count: number }[] = await this.db.query(
      `INSERT INTO login_attempt (key, window_start, count) VALUES ($1, $3, 1), ($2, $3, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = login_attempt.count + 1
       RETURNING key, count`,
      [keys.account, keys.address, windowStart],
    );
    const count = (key: string) => rows.find((row) => row.key === key)?.count ?? 0;
    void this.purge(windowStart);
    const verdict = loginVerdict({ account: count(keys.account), address: count(keys.address) }, now);
    if (!verdict.allowed) throw tooManyLoginAttempts(verdict.retryAfterSeconds);
    return { keys, windowStart };
  }

  /** The right password: the account starts over and the address gets its attempt back. */
  async succeeded({ keys, windowStart }: ReservedAttempt): Promise<void> {
    await this.db.query(
      `WITH cleared AS (DELETE FROM login_attempt WHERE key = $1 AND window_start = $3)
       UPDATE login_attempt SET count = greatest(count - 1, 0) WHERE key = $2 AND window_start = $3`,
      [keys.account, keys.address, windowStart],
    );
  }

  /** Rows of finished minutes are dropped, at most once a minute per process. */
  private async purge(windowStart: Date): Promise<void> {
    if (windowStart.getTime() - this.lastPurged < LOGIN_WINDOW_MS) return;
    this.lastPurged = windowStart.getTime();
    await this.db.query(`DELETE FROM login_attempt WHERE window_start < $1`, [windowStart]).catch(() => undefined);
  }
}
