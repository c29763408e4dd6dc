import fc from 'fast-check';
import type { CalendarOverride, ClockPause } from './types';
import { createWorkCalendar } from './work-calendar';

const calendar = createWorkCalendar();

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Dates from `from` to `to`, inclusive. */
function dateIn(from: string, to: string): fc.Arbitrary<string> {
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  return fc.integer({ min: 0, max: span }).map((k) => shift(from, k));
}

const anyDate = dateIn('2000-01-01', '2030-12-31');
const officialDate = dateIn('2024-01-01', '2026-06-30');
const timeOfDay = fc.integer({ min: 0, max: 86_399_999 });
const shanghaiTime = timeOfDay.map((ms) => (date: string) => atTime(date, ms));

/** An instant on `date` in Shanghai, `ms` after midnight. */
function atTime(date: string, ms: number): string {
  return `${date}T${new Date(ms).toISOString().slice(11, 23)}+08:00`;
}

describe('working-day arithmetic', () => {
  it('adding n and counting back gives n; the result is the first day that reaches n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (d, n) => {
        const end = calendar.addWorkingDays(d, n);
        expect(calendar.workingDaysBetween(d, end)).toBe(n);
        if (n > 0) {
          expect(calendar.isWorkday(end)).toBe(true);
          expect(calendar.workingDaysBetween(d, shift(end, -1))).toBe(n - 1);
        }
      }),
    );
  });

  it('subtracting n lands on the n-th working day before the date', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const start = calendar.addWorkingDays(d, -n);
        expect(calendar.isWorkday(start)).toBe(true);
        expect(calendar.workingDaysBetween(start, shift(d, -1))).toBe(n - 1);
      }),
    );
  });

  it('counting is additive and antisymmetric', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(
          calendar.workingDaysBetween(a, c),
        );
        expect(calendar.workingDaysBetween(b, a) + calendar.workingDaysBetween(a, b)).toBe(0);
      }),
    );
  });
});

describe('days and instants', () => {
  it.each(['Asia/Shanghai', 'America/New_York', 'America/Santiago', 'Asia/Kolkata'])(
    'dateOf(startOfDay(d)) and dateOf(endOfDay(d)) are d, and the neighbours are not (%s)',
    (timeZone) => {
      const zoned = createWorkCalendar({ timeZone });
      fc.assert(
        fc.property(anyDate, (d) => {
          const start = zoned.startOfDay(d);
          const end = zoned.endOfDay(d);
          expect(zoned.dateOf(start)).toBe(d);
          expect(zoned.dateOf(end)).toBe(d);
          expect(zoned.dateOf(new Date(Date.parse(start) - 1).toISOString())).toBe(shift(d, -1));
          expect(zoned.dateOf(new Date(Date.parse(end) + 1).toISOString())).toBe(shift(d, 1));
        }),
      );
    },
  );
});

/** Day by day, the slow and obvious way. */
function naiveDeadline(
  accepted: string,
  total: number,
  paused: Array<[string, string]>,
  isWorkday: (d: string) => boolean,
): string {
  let day = accepted;
  let counted = 0;
  while (counted < total) {
    day = shift(day, 1);
    if (isWorkday(day) && !paused.some(([from, to]) => day >= from && day <= to)) counted++;
  }
  return day;
}

/** A closed pause near the acceptance day (so that pauses often overlap) and the local days it covers. */
const pauseArb = fc
  .tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: 0, max: 25 }), timeOfDay, timeOfDay)
  .map(([start, length, t1, t2]) => (accepted: string) => {
    const from = shift(accepted, start);
    const to = shift(from, length);
    const [a, b] = length === 0 ? [Math.min(t1, t2), Math.max(t1, t2)] : [t1, t2];
    return { pause: { from: atTime(from, a), to: atTime(to, b) }, days: [from, to] as [string, string] };
  });
const overrideArb = fc.uniqueArray(fc.record({ date: dateIn('2024-01-01', '2026-12-31'), workday: fc.boolean() }), {
  selector: (o) => o.date,
  maxLength: 12,
});

describe('deadlines', () => {
  it('match a day-by-day count with any pauses and overrides', () => {
    fc.assert(
      fc.property(
        officialDate,
        shanghaiTime,
        fc.integer({ min: 0, max: 60 }),
        fc.array(pauseArb, { maxLength: 4 }),
        overrideArb,
        (accepted, time, days, rawPauses, overrides: CalendarOverride[]) => {
          const local = createWorkCalendar({ overrides });
          const pauses: ClockPause[] = rawPauses.map((p) => p(accepted).pause);
          const paused = rawPauses.map((p) => p(accepted).days);
          const expected = naiveDeadline(accepted, days, paused, (d) => local.isWorkday(d));
          const result = local.deadlineOf({ acceptedAt: time(accepted), days, pauses });
          expect(result.date).toBe(expected);
          expect(result.instant).toBe(local.endOfDay(expected));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are strictly monotone in the number of days', () => {
    fc.assert(
      fc.property(
        officialDate,
        shanghaiTime,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(pauseArb, { maxLength: 3 }),
        (accepted, time, n, more, rawPauses) => {
          const pauses = rawPauses.map((p) => p(accepted).pause);
          const a = calendar.deadlineOf({ acceptedAt: time(accepted), days: n, pauses });
          const b = calendar.deadlineOf({ acceptedAt: time(accepted), days: n + more, pauses });
          expect(Date.parse(a.instant)).toBeLessThan(Date.parse(b.instant));
        },
      ),
    );
  });

  it('move by exactly the k working days of a pause inside the limit', () => {
    fc.assert(
      fc.property(
        officialDate,
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        fc.nat(),
        timeOfDay,
        timeOfDay,
        (accepted, days, i, j, t1, t2) => {
          const acceptedAt = `${accepted}T10:00:00+08:00`;
          const before = calendar.deadlineOf({ acceptedAt, days }).date;
          const daysUntil = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
          const from = shift(accepted, 1 + (i % daysUntil(accepted, before)));
          const to = shift(from, j % (daysUntil(from, before) + 1));
          const k = calendar.workingDaysBetween(shift(from, -1), to);
          const pause = {
            from: atTime(from, from === to ? Math.min(t1, t2) : t1),
            to: atTime(to, from === to ? Math.max(t1, t2) : t2),
          };
          const after = calendar.deadlineOf({ acceptedAt, days, pauses: [pause] }).date;
          expect(calendar.workingDaysBetween(before, after)).toBe(k);
          expect(after).toBe(calendar.addWorkingDays(before, k));
        },
      ),
    );
  });

  it('with an open pause equal the same pause closed at `at`', () => {
    fc.assert(
      fc.property(
        officialDate,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        shanghaiTime,
        shanghaiTime,
        (from, length, days, t1, t2) => {
          const acceptedAt = `${shift(from, -3)}T10:00:00+08:00`;
          const at = t2(shift(from, length));
          fc.pre(Date.parse(at) >= Date.parse(t1(from)));
          const open = calendar.deadlineOf({ acceptedAt, days, pauses: [{ from: t1(from), to: null }], at });
          const closed = calendar.deadlineOf({ acceptedAt, days, pauses: [{ from: t1(from), to: at }] });
          expect(open).toEqual(closed);
        },
      ),
    );
  });
});

describe('warnings', () => {
  it('turn yellow at the start of the last n working days and red after the deadline', () => {
    fc.assert(
      fc.property(
        officialDate,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: -10 * 86_400_000, max: 50 * 86_400_000 }),
        (accepted, days, warn, offset) => {
          const deadline = calendar.deadlineOf({ acceptedAt: `${accepted}T10:00:00+08:00`, days });
          const at = new Date(Date.parse(`${accepted}T00:00:00+08:00`) + offset).toISOString();
          const yellowFrom = Date.parse(calendar.startOfDay(calendar.addWorkingDays(deadline.date, -(warn - 1))));
          const expected =
            Date.parse(at) > Date.parse(deadline.instant) ? 'red' : Date.parse(at) >= yellowFrom ? 'yellow' : 'green';
          expect(calendar.warningLevel({ deadline: deadline.instant, at, warnAtRemainingDays: warn })).toBe(expected);
        },
      ),
    );
  });

  it('count r working days left from the start of the r-th last working day', () => {
    fc.assert(
      fc.property(officialDate, fc.integer({ min: 1, max: 60 }), (date, r) => {
        const deadline = calendar.endOfDay(date);
        const day = calendar.isWorkday(date)
          ? calendar.addWorkingDays(date, -(r - 1))
          : calendar.addWorkingDays(date, -r);
        expect(calendar.remainingWorkingDays({ deadline, at: calendar.startOfDay(day) })).toBe(r);
      }),
    );
  });
});
