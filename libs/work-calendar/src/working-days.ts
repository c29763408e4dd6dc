import { civilOf, type DayNumber } from './iso-date';
import type { YearTable } from './year-table';

/** Where the counting functions get a year's table from (a calendar with its overrides). */
export type YearTables = (year: number) => YearTable;

function tableAt(tables: YearTables, day: DayNumber): YearTable {
  return tables(civilOf(day).year);
}

/** Index of the workday whose 1-based rank within its year is `rank` (prefix sums are non-decreasing). */
function indexOfRank(prefix: Uint16Array, rank: number): number {
  let lo = 1;
  let hi = prefix.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (prefix[mid] >= rank) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** Workdays in (from, to]; negative (−workdays in (to, from]) when to < from. */
export function countWorkdays(tables: YearTables, from: DayNumber, to: DayNumber): number {
  if (to < from) return 0 - countWorkdays(tables, to, from);
  let count = 0;
  for (let pos = from + 1; pos <= to;) {
    const t = tableAt(tables, pos);
    const end = Math.min(to, t.first + t.flags.length - 1);
    count += t.prefix[end - t.first + 1] - t.prefix[pos - t.first];
    pos = end + 1;
  }
  return count;
}

/**
 * The n-th workday after `day` (the day itself not counted); for n < 0 the |n|-th workday before it;
 * `day` itself for n = 0.
 */
export function addWorkdays(tables: YearTables, day: DayNumber, n: number): DayNumber {
  if (n === 0) return day;
  let need = Math.abs(n);
  if (n > 0) {
    for (let pos = day + 1; ;) {
      const t = tableAt(tables, pos);
      const before = t.prefix[pos - t.first];
      const available = t.prefix[t.flags.length] - before;
      if (available >= need) return t.first + indexOfRank(t.prefix, before + need);
      need -= available;
      pos = t.first + t.flags.length;
    }
  }
  for (let pos = day - 1; ;) {
    const t = tableAt(tables, pos);
    const available = t.prefix[pos - t.first + 1];
    if (available >= need) return t.first + indexOfRank(t.prefix, available - need + 1);
    need -= available;
    pos = t.first - 1;
  }
}
