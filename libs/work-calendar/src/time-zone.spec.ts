import fc from 'fast-check';
import { dayNumberOf, formatIsoDate } from './iso-date';
import { formatInstant, parseInstant, zoneClock } from './time-zone';

const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/New_York',
  'America/Santiago',
  'America/Havana',
  'Atlantic/Azores',
  'Asia/Amman',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
];

/** An independent oracle: en-CA formats dates as YYYY-MM-DD. */
function localDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

describe('parseInstant', () => {
  it.each([
    ['2026-09-24T02:00:00.000Z', Date.UTC(2026, 8, 24, 2)],
    ['2026-09-24T10:00:00+08:00', Date.UTC(2026, 8, 24, 2)],
    ['2026-09-24T10:00+0800', Date.UTC(2026, 8, 24, 2)],
    ['2026-09-23T21:30:00-04:30', Date.UTC(2026, 8, 24, 2)],
    ['2026-09-24 02:00:00.123456+00:00', Date.UTC(2026, 8, 24, 2, 0, 0, 123)],
  ])('reads %s', (text, ms) => {
    expect(parseInstant(text)).toBe(ms);
  });

  it.each(['2026-09-24T10:00:00', '2026-09-24', '2026-02-30T00:00:00Z', '2026-09-24T24:00:00Z', 'yesterday'])(
    'refuses %p (no zone would make it depend on the machine)',
    (bad) => {
      expect(() => parseInstant(bad)).toThrow(RangeError);
    },
  );

  it('round-trips with formatInstant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(parseInstant(formatInstant(ms))).toBe(ms);
      }),
    );
  });
});

describe('zoneClock', () => {
  it('refuses an unknown zone', () => {
    expect(() => zoneClock('Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it.each(ZONES)('dayOf agrees with Intl in %s', (zone) => {
    const clock = zoneClock(zone);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        expect(formatIsoDate(clock.dayOf(ms))).toBe(localDate(ms, zone));
      }),
    );
  });

  it.each(ZONES)('startOf is the first instant of the day in %s', (zone) => {
    const clock = zoneClock(zone);
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1990, 1, 1), max: dayNumberOf(2060, 1, 1) }), (day) => {
        const start = clock.startOf(day);
        expect(clock.dayOf(start)).toBe(day);
        expect(clock.dayOf(start - 1)).toBe(day - 1);
      }),
    );
  });

  it('finds the start of a day whose midnight does not exist (Santiago, DST begins at 00:00)', () => {
    const clock = zoneClock('America/Santiago');
    expect(formatInstant(clock.startOf(dayNumberOf(2026, 9, 6)))).toBe('2026-09-06T04:00:00.000Z');
    expect(formatInstant(clock.startOf(dayNumberOf(2026, 9, 5)))).toBe('2026-09-05T04:00:00.000Z');
    expect(formatInstant(clock.startOf(dayNumberOf(2026, 9, 7)))).toBe('2026-09-07T03:00:00.000Z');
  });

  it('starts a day at the first of two midnights (Azores, DST ends 01:00 → 00:00)', () => {
    const clock = zoneClock('Atlantic/Azores');
    expect(formatInstant(clock.startOf(dayNumberOf(2026, 10, 25)))).toBe('2026-10-25T00:00:00.000Z');
    expect(formatInstant(clock.startOf(dayNumberOf(2026, 10, 26)))).toBe('2026-10-26T01:00:00.000Z');
  });

  it('starts a day at the first of two midnights east of UTC too (Amman, 2021: 01:00 → 00:00)', () => {
    const clock = zoneClock('Asia/Amman');
    expect(formatInstant(clock.startOf(dayNumberOf(2021, 10, 29)))).toBe('2021-10-28T21:00:00.000Z');
    expect(formatInstant(clock.startOf(dayNumberOf(2021, 10, 30)))).toBe('2021-10-29T22:00:00.000Z');
  });

  it('is exact inside an hour that holds a transition (Shanghai left LMT +8:05:43 at 1900-12-31T15:54:17Z)', () => {
    const clock = zoneClock('Asia/Shanghai');
    expect(formatIsoDate(clock.dayOf(Date.parse('1900-12-31T15:55:00Z')))).toBe('1900-12-31');
    expect(formatIsoDate(clock.dayOf(Date.parse('1900-12-31T15:54:16Z')))).toBe('1900-12-31');
    expect(formatInstant(clock.startOf(dayNumberOf(1901, 1, 1)))).toBe('1900-12-31T16:00:00.000Z');
  });

  it('keeps days of 23 and 25 hours (New York)', () => {
    const clock = zoneClock('America/New_York');
    const hours = (y: number, m: number, d: number) =>
      (clock.startOf(dayNumberOf(y, m, d) + 1) - clock.startOf(dayNumberOf(y, m, d))) / 3_600_000;
    expect(hours(2026, 3, 8)).toBe(23);
    expect(hours(2026, 11, 1)).toBe(25);
    expect(hours(2026, 11, 2)).toBe(24);
  });
});
