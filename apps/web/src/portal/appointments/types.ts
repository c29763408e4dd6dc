export interface Appointment {
  id: string;
  bookingNo: string;
  itemCode: string;
  itemName: string;
  window: string;
  date: string;
  slot: string;
  startsAt: string;
  status: 'booked' | 'cancelled';
  cancelUntil: string;
}

export interface Slots {
  itemCode: string;
  window: string;
  capacity: number;
  days: { date: string; slots: { slot: string; end: string; remaining: number }[] }[];
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** `10月8日 周四` for a calendar date (no time zone involved: it is a date, not an instant). */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${m}月${d}日 周${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}
