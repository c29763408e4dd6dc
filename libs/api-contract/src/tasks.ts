import { z } from 'zod';
import { cardSchema, decisionSchema, instant, obj, warningSchema } from './common';
import { itemSearchSchema, pageQuerySchema } from './pagination';

/** A row of `GET /api/tasks` (the workbench inbox). */
export const taskSchema = obj({
  id: z.string(),
  applicationId: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  applicant: z.string(),
  nodeId: z.string(),
  nodeName: z.string().nullable(),
  department: z.string().nullable(),
  /** The named candidates joined by commas, or the caller when the task is open to a role. */
  assignee: z.string(),
  candidateRoles: z.array(z.string()),
  candidateUsers: z.array(z.string()),
  status: z.enum(['open', 'closed']),
  createdAt: instant,
  deadline: instant.nullable(),
  remainingWorkingDays: z.number().int().nullable(),
  warning: warningSchema.nullable(),
  /** The step's 电子监察 card (null for a closed task). */
  card: cardSchema.nullable(),
  /** The item's card beside the step's (null for a closed task). */
  itemCard: cardSchema.nullable(),
  /** The absent A post the caller takes it for as B; null: the caller itself. */
  actingFor: z.string().nullable(),
  /** Who claimed it (认领); null while open to its whole role. */
  claimedBy: z.string().nullable(),
  /** 首席代表: the caller decides this task in its department's name. */
  inDepartmentName: z.boolean(),
  decision: decisionSchema.nullable(),
  completedBy: z.string().nullable(),
  closedAt: instant.nullable(),
});
export type TaskDto = z.infer<typeof taskSchema>;

export const completeTaskInputSchema = z.object({
  decision: decisionSchema,
  comment: z.string().max(4000).optional(),
  /** 首席代表: decide the department's whole step in its name. */
  inDepartmentName: z.boolean().optional(),
});
export type CompleteTaskInput = z.infer<typeof completeTaskInputSchema>;

/** `POST /api/tasks/{id}/complete`. */
export const taskDecidedSchema = obj({
  taskId: z.string(),
  applicationId: z.string(),
  status: z.string(),
  version: z.number().int(),
});

/**
 * `GET /api/tasks`: without `page`/`pageSize` the first `limit` tasks by deadline as an array; with them a page.
 * Search as for applications (`receiptNo`, `applicant`, `from`/`to` on the item's submission day).
 */
export const taskListQuerySchema = z.object({
  ...pageQuerySchema.shape,
  ...itemSearchSchema.shape,
  status: z.enum(['open', 'closed', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

/** Fields `GET /api/tasks` may be sorted by. */
export const TASK_SORTS = ['deadline', 'createdAt', 'receiptNo', 'nodeName', 'closedAt', 'submittedAt'] as const;
