import fc from 'fast-check';
import { dayNumberOf, formatIsoDate, MS_PER_DAY, parseIsoDate, weekdayOf } from './iso-date';

describe('iso dates', () => {
  it('agrees with Date.UTC on day numbers and weekdays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const utc = new Date(Date.UTC(y, m - 1, d));
          const n = dayNumberOf(y, m, d);
          expect(n * MS_PER_DAY).toBe(utc.getTime());
          expect(weekdayOf(n)).toBe(utc.getUTCDay());
          expect(formatIsoDate(n)).toBe(utc.toISOString().slice(0, 10));
        },
      ),
    );
  });

  it('round-trips every day between 1900 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(9999, 12, 31) }), (n) => {
        expect(parseIsoDate(formatIsoDate(n))).toBe(n);
      }),
    );
  });

  it('knows leap days', () => {
    expect(parseIsoDate('2028-02-29')).toBe(parseIsoDate('2028-03-01') - 1);
    expect(parseIsoDate('2000-02-29')).toBe(parseIsoDate('2000-03-01') - 1);
    expect(() => parseIsoDate('2026-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2100-02-29')).toThrow(RangeError);
  });

  it.each(['2026-13-01', '2026-04-31', '2026-4-1', '20260401', '2026-04-01T00:00:00Z', '', '1899-12-31'])(
    'refuses %p',
    (bad) => {
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
    },
  );
});
