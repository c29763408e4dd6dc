import { PAUSE_KINDS } from '@tongban/flow-engine';
import { z } from 'zod';

const materialRef = z.object({ code: z.string().min(1).max(64) });

export { submitInputSchema, walkInSchema } from '@tongban/api-contract';

export const notifyMissingInputSchema = z.object({
  missing: z.array(z.string().min(1).max(64)).min(1, '至少列出一项缺少的材料').max(200),
  note: z.string().max(2000).optional(),
  /** A second notice is refused unless forced; a forced one is an accountability entry. */
  force: z.boolean().optional(),
});

export const supplementInputSchema = z.object({ materials: z.array(materialRef).min(1).max(200) });
export const rejectInputSchema = z.object({ reason: z.string().max(2000).default('') });
export const withdrawInputSchema = z.object({ reason: z.string().max(2000).optional() });
export const pauseInputSchema = z.object({
  reason: z.string().min(1, '暂停计时必须说明理由').max(2000),
  kind: z.enum(PAUSE_KINDS as unknown as [string, ...string[]]).optional(),
  /** §45: working days the special procedure is expected to take; the applicant is told. */
  expectedDays: z.number().int().min(1).max(365).optional(),
});
export const extendInputSchema = z.object({
  days: z.number().int().min(1).max(60),
  reason: z.string().min(1, '延期必须说明理由').max(2000),
  /** The head (负责人) who approved it: a username, checked against the directory. */
  approver: z.string().min(1).max(64).optional(),
});
