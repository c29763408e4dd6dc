import { z } from 'zod';
import { instant, itemStatusSchema, obj } from './common';

/**
 * `GET /api/public/progress?receiptNo=&phone=` (no login): an item's progress for whoever holds its receipt number
 * and the phone given with it. Nothing personal: no name, id number, phone, data or materials.
 */
export const publicProgressQuerySchema = z.object({
  receiptNo: z.string().trim().min(1, '请填写受理编号').max(64),
  /** Spaces are ignored (`139 1234 5678`). */
  phone: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '请填写申请时留下的手机号码或固定电话')),
});
export type PublicProgressQuery = z.infer<typeof publicProgressQuerySchema>;

export const publicProgressSchema = obj({
  receiptNo: z.string(),
  itemName: z.string(),
  status: itemStatusSchema,
  /** The status in the applicant's words (已提交, 审查中, 已办结 …). */
  statusLabel: z.string(),
  /** The names of the steps the item stands at (none once finished). */
  currentStep: z.array(z.string()),
  /** The promised deadline (null before acceptance and while the clock has none). */
  deadline: instant.nullable(),
});
export type PublicProgress = z.infer<typeof publicProgressSchema>;
