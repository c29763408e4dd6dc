import { isOfficialYear, OFFICIAL_YEARS, officialDay } from './official-calendar';

describe('official calendar data', () => {
  it('covers 2004–2026 and nothing later', () => {
    expect(OFFICIAL_YEARS[0]).toBe(2004);
    expect(OFFICIAL_YEARS[OFFICIAL_YEARS.length - 1]).toBe(2026);
    expect(OFFICIAL_YEARS).toHaveLength(23);
    expect(isOfficialYear(2026)).toBe(true);
    expect(isOfficialYear(2027)).toBe(false);
    expect(isOfficialYear(2003)).toBe(false);
  });

  it('names holidays and make-up workdays in Chinese, with the notices’ full names', () => {
    expect(officialDay('2026-10-01')).toEqual({ workday: false, note: '国庆节' });
    expect(officialDay('2026-09-25')).toEqual({ workday: false, note: '中秋节' });
    expect(officialDay('2026-06-19')).toEqual({ workday: false, note: '端午节' });
    expect(officialDay('2026-04-05')).toEqual({ workday: false, note: '清明节' });
    expect(officialDay('2026-01-01')).toEqual({ workday: false, note: '元旦' });
    expect(officialDay('2026-10-10')).toEqual({ workday: true, note: '国庆节调休上班' });
    expect(officialDay('2026-02-14')).toEqual({ workday: true, note: '春节调休上班' });
  });

  it('has nothing to say about ordinary days or years without data', () => {
    expect(officialDay('2026-10-12')).toBeUndefined();
    expect(officialDay('2026-10-11')).toBeUndefined();
    expect(officialDay('2027-01-01')).toBeUndefined();
  });
});
