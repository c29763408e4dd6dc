export type {
  CalendarDay,
  CalendarOverride,
  CalendarYear,
  ClockExtension,
  ClockPause,
  Deadline,
  DeadlineInput,
  Instant,
  IsoDate,
  WarningLevel,
  WorkCalendar,
  WorkCalendarOptions,
} from './types';
export { createWorkCalendar } from './work-calendar';
export { isOfficialYear, OFFICIAL_YEARS } from './official-calendar';
export { DEFAULT_TIME_ZONE } from './time-zone';
