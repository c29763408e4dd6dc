import { createWorkCalendar } from './work-calendar';

const calendar = createWorkCalendar();

/** The State Council notice of 2025-11-04, typed in by hand. */
const HOLIDAYS_2026: Array<[string, string]> = [
  ['01-01', '01-03'],
  ['02-15', '02-23'],
  ['04-04', '04-06'],
  ['05-01', '05-05'],
  ['06-19', '06-21'],
  ['09-25', '09-27'],
  ['10-01', '10-07'],
];
const MAKE_UP_2026 = ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'];

function eachDayOf2026(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

describe('the 2026 calendar', () => {
  it('matches the notice on every day', () => {
    const expected = (date: string): boolean => {
      const md = date.slice(5);
      if (MAKE_UP_2026.includes(md)) return true;
      if (HOLIDAYS_2026.some(([from, to]) => md >= from && md <= to)) return false;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    };
    const wrong = eachDayOf2026().filter((d) => calendar.isWorkday(d) !== expected(d));
    expect(wrong).toEqual([]);
  });

  it('has 248 working days', () => {
    const year = calendar.year(2026);
    expect(year.official).toBe(true);
    expect(year.days).toHaveLength(365);
    expect(year.days.filter((d) => d.workday)).toHaveLength(248);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });

  it.each([
    ['2026-09-20', true, '国庆节调休上班'],
    ['2026-09-25', false, '中秋节'],
    ['2026-09-28', true, '工作日'],
    ['2026-10-01', false, '国庆节'],
    ['2026-10-04', false, '国庆节'],
    ['2026-10-07', false, '国庆节'],
    ['2026-10-08', true, '工作日'],
    ['2026-10-10', true, '国庆节调休上班'],
    ['2026-10-11', false, '周末'],
    ['2026-02-28', true, '春节调休上班'],
  ])('%s: workday %p, %s', (date, workday, note) => {
    expect(calendar.isWorkday(date)).toBe(workday);
    expect(calendar.day(date)).toEqual({ date, workday, note, official: true, override: false });
  });

  it('has none of 10/1–10/7 as a working day', () => {
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-07')).toBe(0);
  });
});

describe('years without official data', () => {
  it('are flagged, and their weekends-only guess says so', () => {
    expect(calendar.isOfficialYear(2027)).toBe(false);
    expect(calendar.isOfficialYear(2026)).toBe(true);
    const monday = calendar.day('2027-01-04');
    expect(monday).toMatchObject({ workday: true, official: false, override: false });
    expect(monday.note).toContain('未公布');
    const saturday = calendar.day('2027-01-02');
    expect(saturday).toMatchObject({ workday: false, official: false });
    expect(saturday.note).toContain('周末');
    // 2027-01-01 is surely 元旦, but no notice is in the data: the guess is visible, not hidden.
    expect(calendar.day('2027-01-01')).toMatchObject({ workday: true, official: false });
    const year = calendar.year(2027);
    expect(year.official).toBe(false);
    expect(year.days.every((d) => !d.official)).toBe(true);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('does not count the day itself', () => {
    expect(calendar.addWorkingDays('2026-09-24', 20)).toBe('2026-10-29');
    expect(calendar.addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });

  it('steps backwards for negative n', () => {
    expect(calendar.addWorkingDays('2026-10-29', -20)).toBe('2026-09-24');
    expect(calendar.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(calendar.addWorkingDays('2026-10-05', -1)).toBe('2026-09-30');
  });

  it('crosses years, into one without data', () => {
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(calendar.addWorkingDays('2026-01-05', -2)).toBe('2025-12-31');
    expect(calendar.workingDaysBetween('2026-12-30', '2027-01-05')).toBe(4);
  });

  it('counts (from, to] and is negative backwards', () => {
    expect(calendar.workingDaysBetween('2026-09-24', '2026-10-29')).toBe(20);
    expect(calendar.workingDaysBetween('2026-10-29', '2026-09-24')).toBe(-20);
    expect(calendar.workingDaysBetween('2026-10-10', '2026-10-10')).toBe(0);
    expect(calendar.workingDaysBetween('2026-10-09', '2026-10-10')).toBe(1);
  });

  it('refuses bad input', () => {
    expect(() => calendar.addWorkingDays('2026-09-24', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026/09/24', 1)).toThrow(RangeError);
    expect(() => calendar.isWorkday('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.year(2026.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('9999-12-30', 5)).toThrow(RangeError);
  });
});

describe('local overrides', () => {
  it('win over official data and carry their own note', () => {
    const local = createWorkCalendar({
      overrides: [
        { date: '2026-11-02', workday: false, note: '本地防汛放假' },
        { date: '2026-10-25', workday: true },
        { date: '2026-10-10', workday: false, note: '本中心不调休' },
      ],
    });
    expect(local.day('2026-11-02')).toEqual({
      date: '2026-11-02',
      workday: false,
      note: '本地防汛放假',
      official: true,
      override: true,
    });
    expect(local.day('2026-10-25')).toMatchObject({ workday: true, override: true });
    expect(local.day('2026-10-25').note).toBeTruthy();
    expect(local.isWorkday('2026-10-10')).toBe(false);
    expect(local.year(2026).days.filter((d) => d.workday)).toHaveLength(248 - 2 + 1);
    expect(local.addWorkingDays('2026-10-30', 1)).toBe('2026-11-03');
  });

  it('leave other calendars alone', () => {
    createWorkCalendar({ overrides: [{ date: '2026-11-02', workday: false }] }).isWorkday('2026-11-02');
    expect(calendar.isWorkday('2026-11-02')).toBe(true);
  });

  it('can fill in a year without data, which stays unofficial', () => {
    const local = createWorkCalendar({ overrides: [{ date: '2027-01-01', workday: false, note: '元旦' }] });
    expect(local.day('2027-01-01')).toEqual({
      date: '2027-01-01',
      workday: false,
      note: '元旦',
      official: false,
      override: true,
    });
  });

  it('refuse duplicates and bad dates', () => {
    expect(() =>
      createWorkCalendar({
        overrides: [
          { date: '2026-11-02', workday: false },
          { date: '2026-11-02', workday: true },
        ],
      }),
    ).toThrow(RangeError);
    expect(() => createWorkCalendar({ overrides: [{ date: '2026-11-31', workday: false }] })).toThrow(RangeError);
  });
});

describe('time zone', () => {
  it('defaults to Asia/Shanghai', () => {
    expect(calendar.timeZone).toBe('Asia/Shanghai');
    expect(calendar.startOfDay('2026-10-29')).toBe('2026-10-28T16:00:00.000Z');
    expect(calendar.endOfDay('2026-10-29')).toBe('2026-10-29T15:59:59.999Z');
    expect(calendar.dateOf('2026-10-28T15:59:59.999Z')).toBe('2026-10-28');
    expect(calendar.dateOf('2026-10-28T16:00:00.000Z')).toBe('2026-10-29');
  });

  it('follows DST elsewhere', () => {
    const ny = createWorkCalendar({ timeZone: 'America/New_York' });
    expect(ny.startOfDay('2026-03-08')).toBe('2026-03-08T05:00:00.000Z');
    expect(ny.endOfDay('2026-03-08')).toBe('2026-03-09T03:59:59.999Z');
    expect(ny.endOfDay('2026-11-01')).toBe('2026-11-02T04:59:59.999Z');
    expect(ny.dateOf('2026-09-24T02:00:00.000Z')).toBe('2026-09-23');
  });

  it('refuses an unknown zone', () => {
    expect(() => createWorkCalendar({ timeZone: 'Asia/Atlantis' })).toThrow(RangeError);
  });
});
