import { createWorkCalendar } from '@tongban/work-calendar';

/** The official working-day calendar the server uses (chinese-days, Asia/Shanghai), here in the browser. */
export const simulationCalendar = createWorkCalendar();

/** Today in the center's time zone, the default 受理日期. */
export function todayInCenter(): string {
  return simulationCalendar.dateOf(new Date().toISOString());
}
