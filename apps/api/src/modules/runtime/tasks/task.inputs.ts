import { z } from 'zod';

export const completeTaskInputSchema = z.object({
  decision: z.enum(['approve', 'reject', 'return']),
  comment: z.string().max(4000).optional(),
  /** 首席代表: decide the department's whole step in its name. */
  inDepartmentName: z.boolean().optional(),
});

export const taskListQuerySchema = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
