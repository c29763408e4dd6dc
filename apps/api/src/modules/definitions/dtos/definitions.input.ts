import { z } from 'zod';

export const publishInputSchema = z.object({
  /** The version to publish; default the latest draft. */
  version: z.number().int().min(1).optional(),
  /** 版本说明: what this version changes, kept with the version. */
  note: z.string().trim().max(500, '版本说明不能超过 500 个字').optional(),
});

export const versionParamSchema = z.coerce.number().int().min(1).max(2_147_483_647);
