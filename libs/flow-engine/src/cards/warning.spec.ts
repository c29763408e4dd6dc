import { createWorkCalendar } from '@tongban/work-calendar';
import { boardWarning, deadlineWarning, warningOf } from './warning';

const calendar = createWorkCalendar();
const deadline = calendar.endOfDay('2026-10-14');
const sh = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

describe('warningOf', () => {
  test('红牌 is red; 黄牌 and 预警 both warn; 正常 and no card are green', () => {
    expect(warningOf('red')).toBe('red');
    expect(warningOf('yellow')).toBe('yellow');
    expect(warningOf('warning')).toBe('yellow');
    expect(warningOf('normal')).toBe('green');
    expect(warningOf(null)).toBe('green');
  });
});

describe('deadlineWarning', () => {
  test("is the calendar's warning level of the deadline, green without a deadline", () => {
    for (const at of [sh('2026-10-12 09:00'), sh('2026-10-14 09:00'), sh('2026-10-15 09:00')]) {
      for (const warn of [undefined, 0, 1, 3]) {
        const expected = calendar.warningLevel({ deadline, at, warnAtRemainingDays: warn });
        expect(deadlineWarning(deadline, at, warn, calendar)).toBe(expected);
      }
    }
    expect(deadlineWarning(null, sh('2026-10-15 09:00'), 1, calendar)).toBe('green');
  });

  test('one working day of warning by default: yellow on the last day, red past it', () => {
    expect(deadlineWarning(deadline, sh('2026-10-13 09:00'), undefined, calendar)).toBe('green');
    expect(deadlineWarning(deadline, sh('2026-10-14 09:00'), undefined, calendar)).toBe('yellow');
    expect(deadlineWarning(deadline, sh('2026-10-15 09:00'), undefined, calendar)).toBe('red');
  });
});

describe('boardWarning', () => {
  test('a paused clock counts as paused whatever its deadline; a running one by its deadline', () => {
    const late = sh('2026-10-15 09:00');
    expect(boardWarning({ clockPaused: true, deadline, warnAtRemainingDays: 1 }, late, calendar)).toBe('paused');
    expect(boardWarning({ clockPaused: false, deadline, warnAtRemainingDays: 1 }, late, calendar)).toBe('red');
    expect(boardWarning({ clockPaused: false, deadline: null, warnAtRemainingDays: 1 }, late, calendar)).toBe('green');
  });
});
