import { daysByDate, isNotable, overrideRequest } from '../calendar/calendarDays';

const day = (date: string, workday: boolean, note: string, override = false) => ({ date, workday, note, override });

describe('the calendar month view', () => {
  it('looks days up by date', () => {
    const days = daysByDate({ year: 2026, official: true, days: [day('2026-10-10', true, '国庆节调休上班')] });
    expect(days.get('2026-10-10')?.workday).toBe(true);
    expect(days.get('2026-10-11')).toBeUndefined();
  });

  it('marks holidays, make-up days and local overrides, not plain weekdays and weekends', () => {
    expect(isNotable(day('2026-10-01', false, '国庆节'))).toBe(true);
    expect(isNotable(day('2026-10-10', true, '国庆节调休上班'))).toBe(true);
    expect(isNotable(day('2026-10-12', false, '', true))).toBe(true);
    expect(isNotable(day('2026-10-17', false, '周末'))).toBe(false);
    expect(isNotable(day('2026-10-13', true, '工作日'))).toBe(false);
  });

  it('sets an override of the chosen center with a trimmed note', () => {
    expect(overrideRequest(day('2026-12-24', true, '工作日'), false, ' 停电检修 ', 'demo-county')).toEqual({
      path: '/calendar/overrides/2026-12-24?center=demo-county',
      method: 'PUT',
      body: { workday: false, note: '停电检修' },
    });
  });
});
