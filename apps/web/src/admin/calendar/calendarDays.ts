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

/** `PUT /api/calendar/overrides/{date}`: the opposite of what the day is now, with the admin's note. */
export function overrideRequest(day: CalendarDayView, workday: boolean, note: string) {
  return { path: `/calendar/overrides/${day.date}`, method: 'PUT' as const, body: { workday, note: note.trim() } };
}
