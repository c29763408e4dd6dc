import { z } from 'zod';
import { instant, isoDate, obj } from './common';
import { pageQuerySchema } from './pagination';

/** A booked window slot (`POST /api/appointments`, a row of `GET /api/appointments`). */
export const appointmentSchema = obj({
  id: z.string(),
  bookingNo: z.string(),
  username: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  window: z.string(),
  date: isoDate,
  slot: z.string(),
  startsAt: instant,
  status: z.enum(['booked', 'cancelled']),
  createdAt: instant,
  cancelledAt: instant.nullable(),
  /** Until when the applicant may still cancel. */
  cancelUntil: instant,
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const slotDaySchema = obj({
  date: isoDate,
  slots: z.array(obj({ slot: z.string(), end: z.string(), capacity: z.number().int(), remaining: z.number().int() })),
});
export type SlotDay = z.infer<typeof slotDaySchema>;

/** `GET /api/appointments/slots?itemCode=`: the next working days' slots with what is left. */
export const slotsSchema = obj({
  itemCode: z.string(),
  window: z.string(),
  capacity: z.number().int(),
  days: z.array(slotDaySchema),
});
export type Slots = z.infer<typeof slotsSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/** A filter's day must exist (2026-02-30 does not); a booking's day is the slot rules' to refuse (INVALID_SLOT). */
const existingDay = z.iso.date('日期应为存在的 YYYY-MM-DD');

const centerId = z.string().trim().min(1).max(64);
/** `center` / `centerId`: which center's item, when several centers hold the code (as `?center=` of the catalog). */
export const slotsQuerySchema = z.object({ itemCode: z.string().trim().min(1).max(64), center: centerId.optional() });
export const bookInputSchema = z.object({
  itemCode: z.string().trim().min(1).max(64),
  centerId: centerId.optional(),
  date: day,
  slot: z.string().regex(/^\d{2}:\d{2}$/, '时段格式应为 HH:MM'),
});
export type BookInput = z.infer<typeof bookInputSchema>;

/** `GET /api/appointments?date=` (with `page`/`pageSize` a page; also `status`, `itemCode`). */
export const appointmentListQuerySchema = z.object({
  ...pageQuerySchema.shape,
  date: existingDay.optional(),
  status: z.enum(['booked', 'cancelled']).optional(),
  itemCode: z.string().trim().min(1).max(64).optional(),
});
export type AppointmentListQuery = z.infer<typeof appointmentListQuerySchema>;

export const APPOINTMENT_SORTS = ['startsAt', 'bookingNo', 'createdAt', 'itemCode', 'status'] as const;
