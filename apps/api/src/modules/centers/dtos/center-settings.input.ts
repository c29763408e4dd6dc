import { z } from 'zod';

/** PUT /api/centers/{id}/settings: every field optional; null returns a field to the default. */
export const centerSettingsInputSchema = z
  .object({
    supplementDays: z.number().int().min(1).max(60).nullable(),
    deemedAcceptance: z.boolean(),
    deemedAcceptanceDays: z.number().int().min(1).max(20).nullable(),
    extensionMaxDays: z.number().int().min(1).max(60).nullable(),
    warnAtRemainingDays: z.number().int().min(0).max(20).nullable(),
  })
  .partial()
  .strict();

export type CenterSettingsInput = z.infer<typeof centerSettingsInputSchema>;
