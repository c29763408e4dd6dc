import { z } from 'zod';

const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

export const absenceInputSchema = z
  .object({ from: instant, to: instant })
  .refine(({ from, to }) => !(from instanceof Date && to instanceof Date) || to.getTime() > from.getTime(), {
    // zod runs object refinements even when a field failed: only compare two parsed instants.
    message: 'to 必须晚于 from',
    path: ['to'],
  });

export type AbsenceInput = z.infer<typeof absenceInputSchema>;

export const usernameParamSchema = z.string().min(1).max(100);
