import type { DayNumber } from './iso-date';
import type { WarningLevel } from './types';
import { addWorkdays, countWorkdays, type YearTables } from './working-days';

/** Inclusive range of local days on which the clock stood still. */
export interface PausedDays {
  from: DayNumber;
  to: DayNumber;
}

/** Sorts and merges paused ranges so that overlapping pauses count once. */
export function mergePausedDays(pauses: readonly PausedDays[]): PausedDays[] {
  const sorted = [...pauses].sort((a, b) => a.from - b.from);
  const merged: PausedDays[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.from <= last.to + 1) last.to = Math.max(last.to, p.to);
    else merged.push({ ...p });
  }
  return merged;
}

/**
 * The day D on which the workdays in (start, D] that are not paused reach `total`.
 * `paused` must be merged (see mergePausedDays).
 */
export function deadlineDay(
  tables: YearTables,
  start: DayNumber,
  total: number,
  paused: readonly PausedDays[],
): DayNumber {
  let cursor = start;
  let need = total;
  for (const p of paused) {
    if (need === 0) break;
    if (p.to <= cursor) continue;
    if (p.from > cursor + 1) {
      const available = countWorkdays(tables, cursor, p.from - 1);
      if (available >= need) break;
      need -= available;
    }
    cursor = p.to;
  }
  return addWorkdays(tables, cursor, need);
}

/**
 * Workdays from the day of `at` (inclusive) to the deadline's day (inclusive): 1 on the deadline day,
 * 0 or less (−workdays fully overdue) once `at` is past the deadline.
 */
export function remainingWorkdays(
  tables: YearTables,
  a: { deadlineMs: number; deadlineDay: DayNumber; atMs: number; atDay: DayNumber },
): number {
  const remaining = countWorkdays(tables, a.atDay - 1, a.deadlineDay);
  return a.atMs > a.deadlineMs ? Math.min(remaining, 0) : remaining;
}

/**
 * Red past the deadline; yellow from the start of the last `warnAt` workdays before it, so the days
 * off just before that stretch stay green; green otherwise.
 */
export function warningLevelOf(a: {
  overdue: boolean;
  remaining: number;
  atIsWorkday: boolean;
  warnAt: number;
}): WarningLevel {
  if (a.overdue) return 'red';
  if (a.remaining < a.warnAt || (a.remaining === a.warnAt && a.atIsWorkday)) return 'yellow';
  return 'green';
}
