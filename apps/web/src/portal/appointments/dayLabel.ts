const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** `10月8日 周四` for a calendar date (no time zone involved: it is a date, not an instant). */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${m}月${d}日 周${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}
