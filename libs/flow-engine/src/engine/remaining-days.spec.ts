import { createWorkCalendar } from '@tongban/work-calendar';
import { remainingDays } from './inspect';

describe('remainingDays', () => {
  const calendar = createWorkCalendar();
  const deadline = '2026-10-29T15:59:59.999Z'; // accepted Thu 9/24 + 20 working days

  it('leaves the whole limit on the day the clock started', () => {
    expect(remainingDays(calendar, '2026-09-24T02:00:00.000Z', deadline, '2026-09-24T09:00:00.000Z')).toBe(20);
  });

  it('counts today from the next working day on', () => {
    expect(remainingDays(calendar, '2026-09-24T02:00:00.000Z', deadline, '2026-09-25T02:00:00.000Z')).toBe(20);
    expect(remainingDays(calendar, '2026-09-24T02:00:00.000Z', deadline, '2026-09-28T02:00:00.000Z')).toBe(20);
    expect(remainingDays(calendar, '2026-09-24T02:00:00.000Z', deadline, '2026-09-29T02:00:00.000Z')).toBe(19);
    expect(remainingDays(calendar, '2026-09-24T02:00:00.000Z', deadline, '2026-10-29T02:00:00.000Z')).toBe(1);
  });
});
