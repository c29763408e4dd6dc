import { withQuery } from '../../api/query';

/** A day of `GET /api/calendar/{year}`. */
export interface CalendarDayView {
  date: string;
  workday: boolean;
  note: string;
  override: boolean;
}

export interface CalendarYearView {
  year: number;
  official: boolean;
  days: CalendarDayView[];
}

/** The year's days by date, for a month grid that looks each cell up. */
export function daysByDate(year: CalendarYearView | undefined): Map<string, CalendarDayView> {
  return new Map((year?.days ?? []).map((day) => [day.date, day]));
}

/** Whether a day's note is worth a cell's room: a holiday, a make-up workday or a local note, not 周末/工作日. */
export const isNotable = (day: CalendarDayView): boolean => day.override || !['周末', '工作日', ''].includes(day.note);

/** `/api/calendar/overrides/{date}?center=`: one day of the chosen center's own calendar. */
export const overridePath = (day: CalendarDayView, center: string) =>
  withQuery(`/calendar/overrides/${day.date}`, { center });

/** `PUT /api/calendar/overrides/{date}?center=`: the opposite of what the day is now, with the admin's note. */
export function overrideRequest(day: CalendarDayView, workday: boolean, note: string, center: string) {
  return { path: overridePath(day, center), method: 'PUT' as const, body: { workday, note: note.trim() } };
}
