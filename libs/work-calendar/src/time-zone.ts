import { daysInMonth, dayNumberOf, MS_PER_DAY, type DayNumber } from './iso-date';
import type { Instant } from './types';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MS_PER_HOUR = 3_600_000;
const OFFSET_CACHE_SIZE = 4096;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

// The same few instants (a step's start, an item's deadline) are parsed and printed on every command and read:
// remembered, with the memory starting over when full.
const MEMO_SIZE = 4096;

function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= MEMO_SIZE) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

/**
 * Milliseconds since the epoch of an ISO 8601 instant. The zone designator is required: without one
 * the result would depend on the machine's zone. Parsed by hand so browsers and Node agree.
 */
export const parseInstant: (at: Instant) => number = remembered(parseUncached);

function parseUncached(at: Instant): number {
  const m = typeof at === 'string' ? INSTANT.exec(at) : null;
  if (m) {
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      offsetMinutes > -24 * 60 &&
      offsetMinutes < 24 * 60
    ) {
      const local = dayNumberOf(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
      return local - offsetMinutes * 60_000;
    }
  }
  throw new RangeError(`not an ISO 8601 instant with a zone designator: ${String(at)}`);
}

/** Formats epoch milliseconds as a UTC ISO instant. */
export const formatInstant: (ms: number) => Instant = remembered((ms: number) => new Date(ms).toISOString());

/** Calendar arithmetic in one IANA time zone, through Intl only (works in Node and browsers). */
export interface ZoneClock {
  timeZone: string;
  /** The local calendar day of an instant. */
  dayOf(ms: number): DayNumber;
  /** The first instant of a local calendar day. */
  startOf(day: DayNumber): number;
}

// Calendars may be created per request; the formatter and the offset cache outlive them.
const clocks = new Map<string, ZoneClock>();

/** The clock for `timeZone` (shared by all calendars in that zone); throws a RangeError for an unknown zone. */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = createZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}

function createZoneClock(timeZone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

  function exactOffset(ms: number): number {
    const f: Record<string, number> = {};
    for (const part of format.formatToParts(ms)) if (part.type !== 'literal') f[part.type] = Number(part.value);
    // Some engines print midnight as hour 24 of the same day even with h23.
    const wall =
      dayNumberOf(f.year, f.month, f.day) * MS_PER_DAY + (((f.hour % 24) * 60 + f.minute) * 60 + f.second) * 1000;
    return wall - (ms - (((ms % 1000) + 1000) % 1000));
  }

  // formatToParts costs microseconds and deadlines are computed on every read, so offsets are kept
  // per UTC hour; an hour whose two ends disagree holds a transition and is never cached.
  const offsetByHour = new Map<number, number>();

  function offsetAt(ms: number): number {
    const hour = Math.floor(ms / MS_PER_HOUR);
    const cached = offsetByHour.get(hour);
    if (cached !== undefined) return cached;
    const first = exactOffset(hour * MS_PER_HOUR);
    if (first !== exactOffset((hour + 1) * MS_PER_HOUR - 1)) return exactOffset(ms);
    if (offsetByHour.size >= OFFSET_CACHE_SIZE) offsetByHour.clear();
    offsetByHour.set(hour, first);
    return first;
  }

  /** The local wall-clock reading of `ms`, written as if it were UTC. */
  function wallClock(ms: number): number {
    return ms + offsetAt(ms);
  }

  function dayOf(ms: number): DayNumber {
    return Math.floor(wallClock(ms) / MS_PER_DAY);
  }

  function isStart(ms: number, day: DayNumber): boolean {
    return dayOf(ms) === day && dayOf(ms - 1) < day;
  }

  function startOf(day: DayNumber): number {
    const midnight = day * MS_PER_DAY;
    // Local midnight under the offsets in force around it; when midnight falls in a DST gap, one
    // of these is the transition itself, the first instant already on `day`.
    let guess = midnight;
    for (let i = 0; i < 3; i++) {
      guess = midnight - (wallClock(guess) - guess);
      if (isStart(guess, day)) return guess;
    }
    // Gaps that do not end at a full hour: search. Offsets stay within ±14 h, so `lo` is on an
    // earlier day and `hi` on `day`.
    let lo = midnight - 16 * MS_PER_HOUR;
    let hi = midnight + 16 * MS_PER_HOUR;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (dayOf(mid) >= day) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  return { timeZone, dayOf, startOf };
}
