import type { IsoDate } from './types';

/** Days since 1970-01-01; the calendar counts on these integers and formats only at the edges. */
export type DayNumber = number;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
export const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil; no Date objects). */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1–12) and day of a day number (H. Hinnant's civil_from_days). */
export function civilOf(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Throws a RangeError unless `year` is an integer the calendar supports. */
export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year out of range ${MIN_YEAR}–${MAX_YEAR}: ${year}`);
  }
}

/** Parses a strict `YYYY-MM-DD` date into its day number; throws a RangeError on anything else. */
export function parseIsoDate(date: IsoDate): DayNumber {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (
      year >= MIN_YEAR &&
      year <= MAX_YEAR &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month)
    ) {
      return dayNumberOf(year, month, day);
    }
  }
  throw new RangeError(`not a valid date (YYYY-MM-DD, years ${MIN_YEAR}–${MAX_YEAR}): ${String(date)}`);
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatIsoDate(n: DayNumber): IsoDate {
  const { year, month, day } = civilOf(n);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Whether a day number falls on Saturday or Sunday. */
export function isWeekend(n: DayNumber): boolean {
  const w = weekdayOf(n);
  return w === 0 || w === 6;
}
