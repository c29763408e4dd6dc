import type { Appointment, APPOINTMENT_SORTS, SlotDay, Slots } from '@tongban/api-contract';

export type AppointmentDto = Appointment;

export type SlotDayDto = SlotDay;

export type SlotsDto = Slots;

export const APPOINTMENT_COLUMNS = `
  SELECT p.id, p.booking_no AS "bookingNo", p.username, p.item_code AS "itemCode", c.name AS "itemName",
         p.window_key AS "window", p.date::text AS date, p.slot, p.starts_at AS "startsAt", p.status,
         p.created_at AS "createdAt", p.cancelled_at AS "cancelledAt"`;
export const APPOINTMENT_FROM = `FROM appointment p JOIN catalog_item c ON c.center_id = p.center_id AND c.code = p.item_code`;
export const APPOINTMENT_SELECT = `${APPOINTMENT_COLUMNS} ${APPOINTMENT_FROM}`;

/** `sort` fields of `GET /api/appointments` (APPOINTMENT_SORTS) and their columns. */
export const APPOINTMENT_SORT_COLUMNS: Record<(typeof APPOINTMENT_SORTS)[number], string> = {
  startsAt: 'p.starts_at',
  bookingNo: 'p.booking_no',
  createdAt: 'p.created_at',
  itemCode: 'p.item_code',
  status: 'p.status',
};
