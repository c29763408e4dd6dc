import { createWorkCalendar } from './work-calendar';

const calendar = createWorkCalendar();
const ACCEPTED = '2026-09-24T02:00:00.000Z'; // Thu 10:00 in Shanghai

describe('deadlineOf', () => {
  it('ends at the end of the 20th working day after acceptance (domain example)', () => {
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20 })).toEqual({
      date: '2026-10-29',
      instant: '2026-10-29T15:59:59.999Z',
      official: true,
    });
  });

  it('takes the acceptance day in the center’s time zone, whatever the hour', () => {
    expect(calendar.deadlineOf({ acceptedAt: '2026-09-23T16:00:00.000Z', days: 20 }).date).toBe('2026-10-29');
    expect(calendar.deadlineOf({ acceptedAt: '2026-09-24T23:59:59.999+08:00', days: 20 }).date).toBe('2026-10-29');
    // One millisecond earlier it is still Wednesday in Shanghai, and Thursday itself counts.
    expect(calendar.deadlineOf({ acceptedAt: '2026-09-23T15:59:59.999Z', days: 20 }).date).toBe('2026-10-28');
  });

  it('uses the center’s zone for the instant', () => {
    const ny = createWorkCalendar({ timeZone: 'America/New_York' });
    expect(ny.deadlineOf({ acceptedAt: '2026-09-24T14:00:00.000Z', days: 20 }).instant).toBe(
      '2026-10-30T03:59:59.999Z',
    );
  });

  it('with zero days is the end of the acceptance day, paused or not', () => {
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 0 }).date).toBe('2026-09-24');
    const pauses = [{ from: '2026-09-23T01:00:00.000Z', to: '2026-09-30T01:00:00.000Z' }];
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 0, pauses }).date).toBe('2026-09-24');
  });

  it('moves by the working days of a pause', () => {
    const pauses = [{ from: '2026-10-12T01:00:00.000Z', to: '2026-10-16T09:00:00.000Z' }];
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses }).date).toBe('2026-11-05');
  });

  it('counts only the working days of a pause across National Day', () => {
    // Paused Tue 9/29 … Fri 10/9: working days 9/29, 9/30, 10/8, 10/9 = 4 (10/1–10/7 are holidays).
    const pauses = [{ from: '2026-09-29T01:00:00.000Z', to: '2026-10-09T08:00:00.000Z' }];
    // 10/29 + 4 working days: 10/30, 11/2, 11/3, 11/4.
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses }).date).toBe('2026-11-04');
  });

  it('counts overlapping pauses once', () => {
    const pauses = [
      { from: '2026-10-13T01:00:00.000Z', to: '2026-10-16T01:00:00.000Z' },
      { from: '2026-10-12T01:00:00.000Z', to: '2026-10-14T01:00:00.000Z' },
    ];
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses }).date).toBe('2026-11-05');
  });

  it('counts a pause inside another pause once', () => {
    const pauses = [
      { from: '2026-10-12T01:00:00.000Z', to: '2026-10-16T09:00:00.000Z' },
      { from: '2026-10-13T01:00:00.000Z', to: '2026-10-14T01:00:00.000Z' },
    ];
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses }).date).toBe('2026-11-05');
  });

  it('ignores a pause that is only on days off', () => {
    const pauses = [{ from: '2026-10-01T01:00:00.000Z', to: '2026-10-07T01:00:00.000Z' }];
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses }).date).toBe('2026-10-29');
  });

  it('ignores a pause after the deadline', () => {
    const pauses = [{ from: '2026-10-30T01:00:00.000Z', to: '2026-11-06T01:00:00.000Z' }];
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses }).date).toBe('2026-10-29');
  });

  it('evaluates an open pause at `at`', () => {
    const pauses = [{ from: '2026-10-12T01:00:00.000Z', to: null }];
    // Paused Mon 10/12 … Wed 10/14 so far: 3 working days.
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses, at: '2026-10-14T08:00:00.000Z' }).date).toBe(
      '2026-11-03',
    );
    // A day later the deadline has moved one more working day.
    expect(
      calendar.deadlineOf({
        acceptedAt: ACCEPTED,
        days: 20,
        pauses: [{ from: '2026-10-12T01:00:00.000Z' }],
        at: '2026-10-15T08:00:00.000Z',
      }).date,
    ).toBe('2026-11-04');
    // Before the pause began it has stopped nothing.
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses, at: '2026-10-08T08:00:00.000Z' }).date).toBe(
      '2026-10-29',
    );
  });

  it('refuses an open pause without `at` and a pause that ends before it starts', () => {
    expect(() =>
      calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses: [{ from: '2026-10-12T01:00:00.000Z' }] }),
    ).toThrow(RangeError);
    expect(() =>
      calendar.deadlineOf({
        acceptedAt: ACCEPTED,
        days: 20,
        pauses: [{ from: '2026-10-12T01:00:00.000Z', to: '2026-10-11T01:00:00.000Z' }],
      }),
    ).toThrow(RangeError);
  });

  it('adds extensions', () => {
    // 10/29 + 10 working days: 10/30, 11/2–11/6, 11/9–11/12.
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, extensions: [{ days: 10 }] }).date).toBe('2026-11-12');
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, extensions: [{ days: 4 }, { days: 6 }] }).date).toBe(
      '2026-11-12',
    );
    const pauses = [{ from: '2026-10-12T01:00:00.000Z', to: '2026-10-16T09:00:00.000Z' }];
    // 11/5 + 10: 11/6, 11/9–11/13, 11/16–11/19.
    expect(calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, pauses, extensions: [{ days: 10 }] }).date).toBe(
      '2026-11-19',
    );
  });

  it('refuses negative or fractional days', () => {
    expect(() => calendar.deadlineOf({ acceptedAt: ACCEPTED, days: -1 })).toThrow(RangeError);
    expect(() => calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 2.5 })).toThrow(RangeError);
    expect(() => calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 20, extensions: [{ days: -3 }] })).toThrow(
      RangeError,
    );
    expect(() => calendar.deadlineOf({ acceptedAt: '2026-09-24T10:00:00', days: 20 })).toThrow(RangeError);
  });

  it('follows overrides', () => {
    const base = calendar.deadlineOf({ acceptedAt: ACCEPTED, days: 22 });
    expect(base.date).toBe('2026-11-02');
    const flood = createWorkCalendar({ overrides: [{ date: '2026-11-02', workday: false, note: '防汛' }] });
    expect(flood.deadlineOf({ acceptedAt: ACCEPTED, days: 22 }).date).toBe('2026-11-03');
    const sundayShift = createWorkCalendar({ overrides: [{ date: '2026-10-25', workday: true, note: '集中办公日' }] });
    expect(sundayShift.deadlineOf({ acceptedAt: ACCEPTED, days: 20 }).date).toBe('2026-10-28');
  });

  it('says when it rests on a year without official data', () => {
    const intoNextYear = calendar.deadlineOf({ acceptedAt: '2026-12-10T02:00:00.000Z', days: 20 });
    expect(intoNextYear.date).toBe('2027-01-07');
    expect(intoNextYear.official).toBe(false);
    expect(calendar.deadlineOf({ acceptedAt: '2026-12-10T02:00:00.000Z', days: 15 })).toMatchObject({
      date: '2026-12-31',
      official: true,
    });
  });
});

describe('remainingWorkingDays and warningLevel', () => {
  const deadline = '2026-10-29T15:59:59.999Z'; // end of Thu 10/29 in Shanghai

  it.each([
    ['2026-10-27T15:59:59.999Z', 3], // Tue 23:59:59.999
    ['2026-10-27T16:00:00.000Z', 2], // Wed 00:00
    ['2026-10-28T15:59:59.999Z', 2],
    ['2026-10-28T16:00:00.000Z', 1], // Thu 00:00
    [deadline, 1],
    ['2026-10-29T16:00:00.000Z', 0], // Fri 00:00, overdue
    ['2026-10-31T04:00:00.000Z', -1], // Sat: Friday is fully overdue
    ['2026-11-02T04:00:00.000Z', -1],
    ['2026-11-03T04:00:00.000Z', -2],
    ['2026-09-24T02:00:00.000Z', 21], // acceptance day: today is still a working day of its own
    ['2026-09-24T16:00:00.000Z', 20], // Fri 9/25 is 中秋: the 20 counted days lie ahead
  ])('at %s: %d', (at, remaining) => {
    expect(calendar.remainingWorkingDays({ deadline, at })).toBe(remaining);
  });

  it('is never positive once past a deadline set mid-day', () => {
    expect(
      calendar.remainingWorkingDays({ deadline: '2026-10-29T04:00:00.000Z', at: '2026-10-29T05:00:00.000Z' }),
    ).toBe(0);
    expect(
      calendar.remainingWorkingDays({ deadline: '2026-10-29T04:00:00.000Z', at: '2026-10-29T03:00:00.000Z' }),
    ).toBe(1);
  });

  it.each([
    ['2026-10-28T15:59:59.999Z', 1, 'green'],
    ['2026-10-28T16:00:00.000Z', 1, 'yellow'],
    [deadline, 1, 'yellow'],
    ['2026-10-29T16:00:00.000Z', 1, 'red'],
    ['2026-10-27T15:59:59.999Z', 2, 'green'],
    ['2026-10-27T16:00:00.000Z', 2, 'yellow'],
    ['2026-10-28T16:00:00.000Z', 0, 'green'],
    ['2026-10-29T16:00:00.000Z', 0, 'red'],
  ] as const)('at %s with warn %d: %s', (at, warnAtRemainingDays, level) => {
    expect(calendar.warningLevel({ deadline, at, warnAtRemainingDays })).toBe(level);
  });

  it('is red from one millisecond after the deadline', () => {
    expect(calendar.warningLevel({ deadline, at: '2026-10-29T15:59:59.999Z' })).toBe('yellow');
    expect(calendar.warningLevel({ deadline, at: '2026-10-30T00:00:00.000+08:00' })).toBe('red');
  });

  describe('a Monday deadline (end of 2026-11-02)', () => {
    const monday = '2026-11-02T15:59:59.999Z';
    it.each([
      ['2026-10-30T04:00:00.000Z', 1, 'green'], // Fri
      ['2026-10-31T04:00:00.000Z', 1, 'green'], // Sat, before the last working day
      ['2026-11-01T15:59:59.999Z', 1, 'green'], // Sun 23:59:59.999
      ['2026-11-01T16:00:00.000Z', 1, 'yellow'], // Mon 00:00
      ['2026-10-29T15:59:59.999Z', 2, 'green'], // Thu 23:59:59.999
      ['2026-10-29T16:00:00.000Z', 2, 'yellow'], // Fri 00:00
      ['2026-10-31T04:00:00.000Z', 2, 'yellow'], // Sat, inside the last two working days
    ] as const)('at %s with warn %d: %s', (at, warnAtRemainingDays, level) => {
      expect(calendar.warningLevel({ deadline: monday, at, warnAtRemainingDays })).toBe(level);
    });

    it('counts one working day left over the weekend', () => {
      expect(calendar.remainingWorkingDays({ deadline: monday, at: '2026-10-31T04:00:00.000Z' })).toBe(1);
    });
  });

  it('stays green through National Day before a deadline on 10/8 with warn 1, yellow with warn 2', () => {
    const deadline108 = '2026-10-08T15:59:59.999Z';
    expect(calendar.warningLevel({ deadline: deadline108, at: '2026-10-05T04:00:00.000Z' })).toBe('green');
    expect(calendar.warningLevel({ deadline: deadline108, at: '2026-10-07T16:00:00.000Z' })).toBe('yellow');
    expect(
      calendar.warningLevel({ deadline: deadline108, at: '2026-10-05T04:00:00.000Z', warnAtRemainingDays: 2 }),
    ).toBe('yellow');
    expect(
      calendar.warningLevel({ deadline: deadline108, at: '2026-09-29T04:00:00.000Z', warnAtRemainingDays: 2 }),
    ).toBe('green');
  });

  it('refuses a negative warning threshold', () => {
    expect(() => calendar.warningLevel({ deadline, at: deadline, warnAtRemainingDays: -1 })).toThrow(RangeError);
  });
});
