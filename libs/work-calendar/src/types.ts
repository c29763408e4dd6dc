/** A calendar date, `YYYY-MM-DD`, in the center's time zone. */
export type IsoDate = string;

/** An ISO 8601 instant with a zone designator, e.g. `2026-09-24T02:00:00.000Z` or `2026-09-24T10:00+08:00`. */
export type Instant = string;

/** A local decision that a date is a workday or a day off; it wins over the official calendar. */
export interface CalendarOverride {
  date: IsoDate;
  workday: boolean;
  note?: string;
}

/** A stop of the clock; `to` null or missing means the pause is still open. */
export interface ClockPause {
  from: Instant;
  to?: Instant | null;
}

export interface ClockExtension {
  days: number;
}

export type WarningLevel = 'green' | 'yellow' | 'red';

export interface CalendarDay {
  date: IsoDate;
  workday: boolean;
  /** Chinese note: the holiday's name, `…调休上班`, `周末`, `工作日`, or the override's note. */
  note: string;
  /** True when the day's year is covered by the published State Council calendar; false means a weekends-only guess. */
  official: boolean;
  /** True when a local override decided this day. */
  override: boolean;
}

export interface CalendarYear {
  year: number;
  official: boolean;
  days: CalendarDay[];
}

export interface DeadlineInput {
  acceptedAt: Instant;
  /** Limit in working days; the day of acceptance is not counted. */
  days: number;
  pauses?: ClockPause[];
  extensions?: ClockExtension[];
  /** The moment open pauses are evaluated at; required when a pause is open. */
  at?: Instant;
}

export interface Deadline {
  date: IsoDate;
  /** `endOfDay(date)`. */
  instant: Instant;
  /** False when a counted day lies in a year without official data: the deadline rests on a guess. */
  official: boolean;
}

export interface WorkCalendarOptions {
  /** IANA time zone of the center; default `Asia/Shanghai`. */
  timeZone?: string;
  overrides?: CalendarOverride[];
}

export interface WorkCalendar {
  timeZone: string;
  isWorkday(date: IsoDate): boolean;
  day(date: IsoDate): CalendarDay;
  isOfficialYear(year: number): boolean;
  year(year: number): CalendarYear;
  dateOf(at: Instant): IsoDate;
  startOfDay(date: IsoDate): Instant;
  endOfDay(date: IsoDate): Instant;
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  deadlineOf(a: DeadlineInput): Deadline;
  remainingWorkingDays(a: { deadline: Instant; at: Instant }): number;
  warningLevel(a: { deadline: Instant; at: Instant; warnAtRemainingDays?: number }): WarningLevel;
}
