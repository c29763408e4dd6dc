import { type OfficeSession, SLOT_MINUTES } from '@tongban/api-contract';
import { settingDefaults } from '../../config/app-config';
import type { WorkCalendar } from '@tongban/work-calendar';

/** Opening hours of the hall where a center set none (中心设置), cut into 30-minute slots. */
export const DEFAULT_OFFICE_HOURS: OfficeSession[] = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:00' },
];

/** How many working days ahead one may book (tomorrow is the first). */
export const BOOKABLE_WORKING_DAYS = 5;

/** Applicants may cancel up to this long before the slot starts. */
export const CANCEL_BEFORE_MS = 2 * 60 * 60 * 1000;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface SlotTime {
  slot: string;
  end: string;
  minutes: number;
}

const minutesOf = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

/** The 30-minute slots of a center's office hours (validated by `officeHoursProblem`). */
export function slotsOf(sessions: readonly OfficeSession[]): SlotTime[] {
  return sessions.flatMap(({ from, to }) =>
    Array.from({ length: (minutesOf(to) - minutesOf(from)) / SLOT_MINUTES }, (_, i) => {
      const minutes = minutesOf(from) + i * SLOT_MINUTES;
      return { slot: hhmm(minutes), end: hhmm(minutes + SLOT_MINUTES), minutes };
    }),
  );
}

/** A center's office hours as people read them: `09:00–12:00、13:30–17:00`. */
export const officeHoursText = (sessions: readonly OfficeSession[]) =>
  sessions.map(({ from, to }) => `${from}–${to}`).join('、');

export const capacityPerSlot = () => settingDefaults.appointmentCapacity();

/** The working days one may book on, seen from `now`: the next BOOKABLE_WORKING_DAYS after today. */
export function bookableDates(calendar: WorkCalendar, now: Date): string[] {
  const today = calendar.dateOf(now.toISOString());
  return Array.from({ length: BOOKABLE_WORKING_DAYS }, (_, i) => calendar.addWorkingDays(today, i + 1));
}

/** The instant a slot starts, in the center's time zone. */
export function slotStart(calendar: WorkCalendar, date: string, slot: SlotTime): Date {
  return new Date(new Date(calendar.startOfDay(date)).getTime() + slot.minutes * 60_000);
}
