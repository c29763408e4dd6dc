import { z } from 'zod';

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isRealDate, '不存在的日期');

export const yearSchema = z.coerce.number().int().min(2000).max(2100);

/** Days the calendars answer for (the years `GET /api/calendar/{year}` serves, with room for a long deadline). */
const calendarDaySchema = isoDateSchema.refine(
  (value) => value >= '2000-01-01' && value <= '2100-12-31',
  '日期须在 2000-01-01 至 2100-12-31 之间',
);

export const deadlineQuerySchema = z.object({
  from: calendarDaySchema,
  days: z.coerce.number().int().min(0).max(3650),
  center: z.string().optional(),
});

export const overrideInputSchema = z.object({
  workday: z.boolean(),
  note: z.string().max(200).default(''),
});
