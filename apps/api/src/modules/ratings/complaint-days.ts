/** Working days to answer a complaint when the center has no setting of its own (5, 7 or 15 by locality). */
export function defaultComplaintDays(): { days: number; source: 'env' | 'default' } {
  const configured = Number(process.env.COMPLAINT_DAYS);
  if (Number.isInteger(configured) && configured >= 1 && configured <= 60) return { days: configured, source: 'env' };
  return { days: 5, source: 'default' };
}
