import { PAUSE_KINDS } from '@tongban/flow-engine';
import { z } from 'zod';

const materialRef = z.object({ code: z.string().min(1).max(64) });

/** An applicant with no account, identified at the window (居民身份证 number and a phone to reach them). */
export const walkInSchema = z
  .object({
    name: z.string().trim().min(1, '请填写申请人姓名').max(64),
    idNumber: z.string().regex(/^\d{17}[\dX]$/, '身份证号码应为18位（末位可为X）'),
    phone: z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话应为手机号码或带区号的固定电话'),
  })
  .strict();

export const submitInputSchema = z.object({
  itemCode: z.string().min(1).max(64),
  channel: z.enum(['online', 'window', 'mail', 'fax']),
  materials: z.array(materialRef).max(200).default([]),
  data: z.record(z.string(), z.unknown()).default({}),
  /** At the window (or by mail, fax) an officer submits for an applicant: an account's username or a walk-in. */
  applicant: z.union([z.string().min(1).max(64), walkInSchema]).optional(),
});

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
export const listQuerySchema = z.object({
  status: z.enum(['submitted', 'awaiting-supplement', 'in-review', 'approved', 'rejected', 'withdrawn']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
