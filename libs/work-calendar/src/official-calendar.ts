import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { IsoDate } from './types';

interface ChineseDaysData {
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

export interface OfficialDay {
  workday: boolean;
  /** 国庆节 for a holiday, 国庆节调休上班 for a make-up workday. */
  note: string;
}

// chinese-days keys every date as "English,中文,statutory days"; its short names are
// completed to the names the State Council notices use.
const FULL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

const data = chineseDays as ChineseDaysData;

function festivalOf(entry: string): string {
  const name = entry.split(',')[1] ?? entry;
  return FULL_NAMES[name] ?? name;
}

// The package answers for any year, guessing weekends-only where it has no notice; only the
// years present in its data are official.
const years = new Set<number>();
for (const date of [...Object.keys(data.holidays), ...Object.keys(data.workdays)]) years.add(Number(date.slice(0, 4)));

/** Years covered by the published State Council holiday notices (from chinese-days), ascending. */
export const OFFICIAL_YEARS: readonly number[] = Object.freeze([...years].sort((a, b) => a - b));

/** Whether the official holiday notice for `year` is in the data. */
export function isOfficialYear(year: number): boolean {
  return years.has(year);
}

/**
 * The official status of `date` when it is a holiday or a make-up workday; undefined for an
 * ordinary day (and for every day of a year without data).
 */
export function officialDay(date: IsoDate): OfficialDay | undefined {
  const workday = data.workdays[date];
  if (workday !== undefined) return { workday: true, note: `${festivalOf(workday)}调休上班` };
  const holiday = data.holidays[date];
  if (holiday !== undefined) return { workday: false, note: festivalOf(holiday) };
  return undefined;
}
