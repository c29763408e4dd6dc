import type { Appointment, SlotDay, Slots } from '@tongban/api-contract';

export type AppointmentDto = Appointment;

export type SlotDayDto = SlotDay;

export type SlotsDto = Slots;

export const APPOINTMENT_SELECT = `
  SELECT p.id, p.booking_no AS "bookingNo", p.username, p.item_code AS "itemCode", c.name AS "itemName",
         p.window_key AS "window", p.date::text AS date, p.slot, p.starts_at AS "startsAt", p.status,
         p.created_at AS "createdAt", p.cancelled_at AS "cancelledAt"
  FROM appointment p JOIN catalog_item c ON c.code = p.item_code`;
