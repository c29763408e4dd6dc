import { z } from 'zod';

const uuid = z.string().uuid('应为办件编号（UUID）');

/** Query of an upload: the material it answers and its file name, for a draft (itemCode) or an item. */
export const uploadQuerySchema = z
  .object({
    material: z.string().trim().min(1, '请指明材料编码').max(64),
    name: z.string().trim().min(1, '请提供文件名').max(200),
    itemCode: z.string().trim().min(1).max(64).optional(),
    /** A draft's item center when several centers hold the code (as `?center=` of the catalog). */
    center: z.string().trim().min(1).max(64).optional(),
    applicationId: uuid.optional(),
  })
  .refine((query) => Boolean(query.itemCode) !== Boolean(query.applicationId), {
    message: 'itemCode（申报前的草稿）与 applicationId（已申报的办件）须且只须提供一个',
  });

export const linkInputSchema = z.object({
  applicationId: uuid,
  attachmentIds: z.array(z.string().uuid()).min(1).max(100),
});

export const draftsQuerySchema = z.object({
  itemCode: z.string().trim().min(1).max(64).optional(),
  center: z.string().trim().min(1).max(64).optional(),
});

export type UploadQuery = z.infer<typeof uploadQuerySchema>;
