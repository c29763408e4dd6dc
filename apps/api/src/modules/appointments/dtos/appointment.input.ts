import { z } from 'zod';

export const slotsQuerySchema = z.object({ itemCode: z.string().trim().min(1).max(64) });

export const bookInputSchema = z.object({
  itemCode: z.string().trim().min(1).max(64),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  slot: z.string().regex(/^\d{2}:\d{2}$/, '时段格式应为 HH:MM'),
});

export const listQuerySchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export type BookInput = z.infer<typeof bookInputSchema>;
