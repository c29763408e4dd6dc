const format = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as the center reads it (Asia/Shanghai): 2026/09/28 09:00. */
export function formatInstant(instant: string): string {
  return format.format(new Date(instant));
}
