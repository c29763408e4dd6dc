import { deadlineDay, mergePausedDays, remainingWorkdays, warningLevelOf, type PausedDays } from './deadline';
import { assertYear, civilOf, formatIsoDate, isWeekend, parseIsoDate, type DayNumber } from './iso-date';
import { isOfficialYear, officialDay } from './official-calendar';
import { DEFAULT_TIME_ZONE, formatInstant, parseInstant, zoneClock } from './time-zone';
import type {
  CalendarDay,
  CalendarOverride,
  CalendarYear,
  Deadline,
  DeadlineInput,
  Instant,
  IsoDate,
  WarningLevel,
  WorkCalendar,
  WorkCalendarOptions,
} from './types';
import { addWorkdays, countWorkdays } from './working-days';
import { baseYearTable, yearTableOf, type YearTable } from './year-table';

const DEFAULT_WARN_AT_REMAINING_DAYS = 1;

function noteOf(day: DayNumber, official: boolean): string {
  const base = isWeekend(day) ? '周末' : '工作日';
  return official ? base : `${base}（当年放假安排未公布，按周末推定）`;
}

function indexOverrides(overrides: readonly CalendarOverride[]): Map<DayNumber, CalendarOverride> {
  const byDay = new Map<DayNumber, CalendarOverride>();
  for (const o of overrides) {
    const day = parseIsoDate(o.date);
    if (typeof o.workday !== 'boolean') throw new RangeError(`override ${o.date}: workday must be a boolean`);
    if (byDay.has(day)) throw new RangeError(`override ${o.date} is given twice`);
    byDay.set(day, o);
  }
  return byDay;
}

function assertDays(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number ≥ 0: ${value}`);
}

/**
 * A working-day calendar for one service center: mainland China's official holidays and make-up
 * workdays (chinese-days data), the center's own overrides on top, and deadlines in its time zone.
 * Years without official data fall back to weekends-only and say so (`official: false`).
 */
export function createWorkCalendar(opts: WorkCalendarOptions = {}): WorkCalendar {
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const clock = zoneClock(timeZone);
  const overrides = indexOverrides(opts.overrides ?? []);
  const overriddenYears = new Set([...overrides.keys()].map((d) => civilOf(d).year));
  const ownTables = new Map<number, YearTable>();

  function tables(year: number): YearTable {
    const base = baseYearTable(year);
    if (!overriddenYears.has(year)) return base;
    let own = ownTables.get(year);
    if (!own) {
      const flags = base.flags.slice();
      for (let i = 0; i < flags.length; i++) {
        const o = overrides.get(base.first + i);
        if (o) flags[i] = o.workday ? 1 : 0;
      }
      own = yearTableOf(year, flags);
      ownTables.set(year, own);
    }
    return own;
  }

  function isWorkdayAt(day: DayNumber): boolean {
    const t = tables(civilOf(day).year);
    return t.flags[day - t.first] === 1;
  }

  function dayAt(day: DayNumber): CalendarDay {
    const date = formatIsoDate(day);
    const official = isOfficialYear(civilOf(day).year);
    const o = overrides.get(day);
    if (o) {
      return {
        date,
        workday: o.workday,
        note: o.note ?? (o.workday ? '本地调整上班' : '本地调整休息'),
        official,
        override: true,
      };
    }
    const special = official ? officialDay(date) : undefined;
    if (special) return { date, workday: special.workday, note: special.note, official, override: false };
    return { date, workday: !isWeekend(day), note: noteOf(day, official), official, override: false };
  }

  function pausedDays(input: DeadlineInput): PausedDays[] {
    const atMs = input.at === undefined ? undefined : parseInstant(input.at);
    const paused: PausedDays[] = [];
    for (const p of input.pauses ?? []) {
      const fromMs = parseInstant(p.from);
      let toMs: number;
      if (p.to != null) {
        toMs = parseInstant(p.to);
        if (toMs < fromMs) throw new RangeError(`pause ends before it starts: ${p.from} … ${p.to}`);
      } else {
        if (atMs === undefined) throw new RangeError(`open pause from ${p.from} needs \`at\``);
        // A pause that had not begun at `at` has stopped nothing yet.
        if (atMs < fromMs) continue;
        toMs = atMs;
      }
      paused.push({ from: clock.dayOf(fromMs), to: clock.dayOf(toMs) });
    }
    return mergePausedDays(paused);
  }

  function deadlineOf(input: DeadlineInput): Deadline {
    assertDays(input.days, 'days');
    let total = input.days;
    for (const e of input.extensions ?? []) {
      assertDays(e.days, 'extension days');
      total += e.days;
    }
    const start = clock.dayOf(parseInstant(input.acceptedAt));
    const day = deadlineDay(tables, start, total, pausedDays(input));
    let official = true;
    for (let year = civilOf(start + 1).year; year <= civilOf(day).year; year++) official &&= isOfficialYear(year);
    return { date: formatIsoDate(day), instant: formatInstant(clock.startOf(day + 1) - 1), official };
  }

  function remainingAt(deadline: Instant, at: Instant): { remaining: number; overdue: boolean; atDay: DayNumber } {
    const deadlineMs = parseInstant(deadline);
    const atMs = parseInstant(at);
    const atDay = clock.dayOf(atMs);
    const remaining = remainingWorkdays(tables, { deadlineMs, deadlineDay: clock.dayOf(deadlineMs), atMs, atDay });
    return { remaining, overdue: atMs > deadlineMs, atDay };
  }

  return {
    timeZone,
    isWorkday: (date: IsoDate) => isWorkdayAt(parseIsoDate(date)),
    day: (date: IsoDate) => dayAt(parseIsoDate(date)),
    isOfficialYear,
    year(year: number): CalendarYear {
      assertYear(year);
      const t = tables(year);
      const days = Array.from(t.flags, (_, i) => dayAt(t.first + i));
      return { year, official: isOfficialYear(year), days };
    },
    dateOf: (at: Instant) => formatIsoDate(clock.dayOf(parseInstant(at))),
    startOfDay: (date: IsoDate) => formatInstant(clock.startOf(parseIsoDate(date))),
    endOfDay: (date: IsoDate) => formatInstant(clock.startOf(parseIsoDate(date) + 1) - 1),
    addWorkingDays(date: IsoDate, n: number): IsoDate {
      if (!Number.isInteger(n)) throw new RangeError(`n must be a whole number: ${n}`);
      return formatIsoDate(addWorkdays(tables, parseIsoDate(date), n));
    },
    workingDaysBetween: (from: IsoDate, to: IsoDate) => countWorkdays(tables, parseIsoDate(from), parseIsoDate(to)),
    deadlineOf,
    remainingWorkingDays: (a: { deadline: Instant; at: Instant }) => remainingAt(a.deadline, a.at).remaining,
    warningLevel(a: { deadline: Instant; at: Instant; warnAtRemainingDays?: number }): WarningLevel {
      const warnAt = a.warnAtRemainingDays ?? DEFAULT_WARN_AT_REMAINING_DAYS;
      assertDays(warnAt, 'warnAtRemainingDays');
      const { remaining, overdue, atDay } = remainingAt(a.deadline, a.at);
      return warningLevelOf({ overdue, remaining, atIsWorkday: isWorkdayAt(atDay), warnAt });
    },
  };
}
