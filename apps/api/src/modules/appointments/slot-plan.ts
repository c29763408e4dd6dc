import type { WorkCalendar } from '@tongban/work-calendar';

/** Opening hours of the hall, cut into 30-minute slots: 9:00–12:00 and 13:30–17:00. */
const SESSIONS = [
  { from: 9 * 60, to: 12 * 60 },
  { from: 13 * 60 + 30, to: 17 * 60 },
];
const SLOT_MINUTES = 30;

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

export const SLOTS: SlotTime[] = SESSIONS.flatMap(({ from, to }) =>
  Array.from({ length: (to - from) / SLOT_MINUTES }, (_, i) => {
    const minutes = from + i * SLOT_MINUTES;
    return { slot: hhmm(minutes), end: hhmm(minutes + SLOT_MINUTES), minutes };
  }),
);

export function capacityPerSlot(): number {
  const configured = Number(process.env.APPOINTMENT_CAPACITY);
  return Number.isInteger(configured) && configured > 0 ? configured : 2;
}

/** The working days one may book on, seen from `now`: the next BOOKABLE_WORKING_DAYS after today. */
export function bookableDates(calendar: WorkCalendar, now: Date): string[] {
  const today = calendar.dateOf(now.toISOString());
  return Array.from({ length: BOOKABLE_WORKING_DAYS }, (_, i) => calendar.addWorkingDays(today, i + 1));
}

/** The instant a slot starts, in the center's time zone. */
export function slotStart(calendar: WorkCalendar, date: string, slot: SlotTime): Date {
  return new Date(new Date(calendar.startOfDay(date)).getTime() + slot.minutes * 60_000);
}
