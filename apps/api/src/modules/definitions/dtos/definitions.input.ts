import { z } from 'zod';

export const publishInputSchema = z.object({
  /** The version to publish; default the latest draft. */
  version: z.number().int().min(1).optional(),
});

export const versionParamSchema = z.coerce.number().int().min(1).max(2_147_483_647);
