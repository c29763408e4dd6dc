import { assertYear, dayNumberOf, formatIsoDate, isLeapYear, isWeekend, type DayNumber } from './iso-date';
import { isOfficialYear, officialDay } from './official-calendar';

/** One year's workdays as flags plus prefix sums, so counting and stepping cost O(log 366) per year. */
export interface YearTable {
  year: number;
  /** Day number of January 1. */
  first: DayNumber;
  /** 1 for a workday, 0 for a day off; index = day of year (0-based). */
  flags: Uint8Array;
  /** prefix[i] = workdays among the first i days; prefix[flags.length] = the year's total. */
  prefix: Uint16Array;
}

/** Builds a year table from per-day flags. */
export function yearTableOf(year: number, flags: Uint8Array): YearTable {
  const prefix = new Uint16Array(flags.length + 1);
  for (let i = 0; i < flags.length; i++) prefix[i + 1] = prefix[i] + flags[i];
  return { year, first: dayNumberOf(year, 1, 1), flags, prefix };
}

function officialFlags(year: number): Uint8Array {
  const first = dayNumberOf(year, 1, 1);
  const flags = new Uint8Array(isLeapYear(year) ? 366 : 365);
  const official = isOfficialYear(year);
  for (let i = 0; i < flags.length; i++) {
    const special = official ? officialDay(formatIsoDate(first + i)) : undefined;
    flags[i] = (special ? special.workday : !isWeekend(first + i)) ? 1 : 0;
  }
  return flags;
}

// Shared by every calendar: the official (or weekends-only) tables never change at run time.
const baseTables = new Map<number, YearTable>();

/** The year's table from official data alone (weekends-only for a year without data). */
export function baseYearTable(year: number): YearTable {
  let table = baseTables.get(year);
  if (!table) {
    assertYear(year);
    table = yearTableOf(year, officialFlags(year));
    baseTables.set(year, table);
  }
  return table;
}
