import { createWorkCalendar } from '@tongban/work-calendar';
import { cardAt, cardTimes, itemCardAt, stepCardAt, type CardClock } from './card';

const calendar = createWorkCalendar();
const sh = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const endOf = (date: string) => calendar.endOfDay(date);

// Promised deadline Thu 2026-10-15 (after National Day and the make-up Saturday 10-10), statutory Thu 10-29.
const item: Omit<CardClock, 'at' | 'stopped'> = {
  deadline: endOf('2026-10-15'),
  statutoryDeadline: endOf('2026-10-29'),
  warnAtRemainingDays: 3,
};

describe('cardTimes / cardAt', () => {
  test('warning from the start of the last N working days, yellow past the promised deadline, red past the statutory', () => {
    const times = cardTimes({ ...item, stopped: false, at: sh('2026-09-28 09:00') }, calendar);
    // The last 3 working days up to Thu 10-15: Tue 10-13, Wed 10-14, Thu 10-15.
    expect(times).toEqual({
      warningFrom: sh('2026-10-13 00:00'),
      yellowFrom: endOf('2026-10-15'),
      redFrom: endOf('2026-10-29'),
    });
    expect(
      [
        sh('2026-10-12 23:59'),
        sh('2026-10-13 00:00'),
        endOf('2026-10-15'),
        sh('2026-10-16 00:00'),
        endOf('2026-10-29'),
        sh('2026-10-30 00:00'),
      ].map((at) => cardAt(times, at)),
    ).toEqual(['normal', 'warning', 'warning', 'yellow', 'yellow', 'red']);
  });

  test("the warning agrees with the calendar's warning level at every hour, across holidays and make-up days", () => {
    for (const warnAtRemainingDays of [0, 1, 2, 5]) {
      const times = cardTimes({ ...item, warnAtRemainingDays, stopped: false, at: sh('2026-09-20 09:00') }, calendar);
      for (let t = Date.parse(sh('2026-09-20 00:30')); t < Date.parse(sh('2026-10-20 00:00')); t += 3_600_000) {
        const at = new Date(t).toISOString();
        const level = calendar.warningLevel({ deadline: item.deadline, at, warnAtRemainingDays });
        const expected = { green: 'normal', yellow: 'warning', red: 'yellow' }[level];
        expect([at, cardAt(times, at)]).toEqual([at, expected]);
      }
    }
  });

  test('a step has one limit: warning in its last working days, red past its own deadline', () => {
    const step = { deadline: endOf('2026-10-09'), statutoryDeadline: null, warnAtRemainingDays: 1 };
    const times = cardTimes({ ...step, stopped: false, at: sh('2026-09-28 09:00') }, calendar);
    expect(times).toEqual({ warningFrom: sh('2026-10-09 00:00'), yellowFrom: null, redFrom: endOf('2026-10-09') });
    expect(
      [sh('2026-10-08 12:00'), sh('2026-10-09 12:00'), sh('2026-10-10 12:00')].map((at) => cardAt(times, at)),
    ).toEqual(['normal', 'warning', 'red']);
  });

  test('a stopped clock keeps the card it has: the changes still ahead are dropped, those passed stay', () => {
    const warning = cardTimes({ ...item, stopped: true, at: sh('2026-10-14 09:00') }, calendar);
    expect(warning).toEqual({ warningFrom: sh('2026-10-13 00:00'), yellowFrom: null, redFrom: null });
    expect(cardAt(warning, sh('2027-03-01 09:00'))).toBe('warning');
    const normal = cardTimes({ ...item, stopped: true, at: sh('2026-10-09 09:00') }, calendar);
    expect(normal).toEqual({ warningFrom: null, yellowFrom: null, redFrom: null });
    expect(cardAt(normal, sh('2027-03-01 09:00'))).toBe('normal');
    const yellow = cardTimes({ ...item, stopped: true, at: sh('2026-10-20 09:00') }, calendar);
    expect(cardAt(yellow, sh('2027-03-01 09:00'))).toBe('yellow');
  });

  test('no card without card times (a finished item)', () => {
    expect(cardAt(null, sh('2026-10-20 09:00'))).toBeNull();
  });
});

describe('itemCardAt / stepCardAt: the cards a list reads from the application row', () => {
  const times = { warningFrom: sh('2026-10-09 00:00'), yellowFrom: null, redFrom: endOf('2026-10-09') };
  const cards = {
    item: { warningFrom: null, yellowFrom: null, redFrom: null },
    steps: [{ nodeId: 'plan', department: 'planning', deadline: endOf('2026-10-09'), ...times }],
  };

  test('a step with card times, a running step without a limit, a finished item, a row without cards', () => {
    const at = sh('2026-10-12 09:00');
    expect([stepCardAt(cards, 'plan', at), stepCardAt(cards, 'fire', at), itemCardAt(cards, at)]).toEqual([
      'red',
      'normal',
      'normal',
    ]);
    expect([stepCardAt({ item: null, steps: [] }, 'plan', at), itemCardAt({ item: null, steps: [] }, at)]).toEqual([
      null,
      null,
    ]);
    expect([stepCardAt(null, 'plan', at), itemCardAt(undefined, at)]).toEqual([null, null]);
  });
});
