export interface AppointmentDto {
  id: string;
  bookingNo: string;
  username: string;
  itemCode: string;
  itemName: string;
  window: string;
  date: string;
  slot: string;
  startsAt: string;
  status: 'booked' | 'cancelled';
  createdAt: string;
  cancelledAt: string | null;
  /** Until when the applicant may still cancel. */
  cancelUntil: string;
}

export interface SlotDayDto {
  date: string;
  slots: { slot: string; end: string; capacity: number; remaining: number }[];
}

export interface SlotsDto {
  itemCode: string;
  window: string;
  capacity: number;
  days: SlotDayDto[];
}

export const APPOINTMENT_SELECT = `
  SELECT p.id, p.booking_no AS "bookingNo", p.username, p.item_code AS "itemCode", c.name AS "itemName",
         p.window_key AS "window", p.date::text AS date, p.slot, p.starts_at AS "startsAt", p.status,
         p.created_at AS "createdAt", p.cancelled_at AS "cancelledAt"
  FROM appointment p JOIN catalog_item c ON c.code = p.item_code`;
