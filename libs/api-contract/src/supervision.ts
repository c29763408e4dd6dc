import { z } from 'zod';
import { cardSchema, instant, obj } from './common';
import { itemSearchSchema, pageOf, pageQuerySchema } from './pagination';

// 电子监察: the statistics routes of the dashboard and the paginated ledger (issue 15).

// The card of the one rule (libs/flow-engine cards/card.ts) is `cardSchema` in ./common.

/** `GET /api/supervision/statistics/cards-by-day?days=` (1–90, default 30). */
export const cardsByDayQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(90).default(30),
});
export type CardsByDayQuery = z.infer<typeof cardsByDayQuerySchema>;

/** One Asia/Shanghai day: the 黄牌 and 红牌 issued on it (an item's or a running step's card turning). */
export const cardDaySchema = z.object({
  date: z.iso.date(),
  yellow: z.number().int().min(0),
  red: z.number().int().min(0),
});
export type CardDay = z.infer<typeof cardDaySchema>;

export const cardsByDaySchema = z.object({
  at: z.iso.datetime({ offset: true }),
  /** Oldest first, every day of the window (days without a card hold zeros), ending today. */
  days: z.array(cardDaySchema),
});
export type CardsByDay = z.infer<typeof cardsByDaySchema>;

/** 按时办结率 and average working days of one department or item (the rows of /api/exports/statistics). */
export const figureSchema = z.object({
  key: z.string(),
  /** The center of the department or item: figures never merge two centers' departments (or items). */
  centerId: z.string(),
  name: z.string(),
  total: z.number().int(),
  open: z.number().int(),
  finished: z.number().int(),
  onTime: z.number().int(),
  overdue: z.number().int(),
  onTimeRate: z.number().nullable(),
  avgWorkingDays: z.number().nullable(),
});
export type Figure = z.infer<typeof figureSchema>;

/** `GET /api/supervision/statistics/on-time?by=department|item`. */
export const onTimeQuerySchema = z.object({ by: z.enum(['department', 'item']).default('department') });
export type OnTimeQuery = z.infer<typeof onTimeQuerySchema>;

export const onTimeSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.enum(['department', 'item']),
  rows: z.array(figureSchema),
});
export type OnTime = z.infer<typeof onTimeSchema>;

/** One step of the flows where open tasks wait: the bottleneck view. */
export const workloadRowSchema = z.object({
  department: z.string(),
  /** The department's center: two centers' departments with one code are two rows. */
  centerId: z.string(),
  departmentName: z.string(),
  nodeName: z.string(),
  open: z.number().int().min(0),
  /** Open tasks past their own deadline. */
  overdue: z.number().int().min(0),
  /** Hours since the open tasks were created, at the server clock's now. */
  avgWaitHours: z.number().min(0),
  maxWaitHours: z.number().min(0),
});
export type WorkloadRow = z.infer<typeof workloadRowSchema>;

/** `GET /api/supervision/statistics/workload`: most open tasks first. */
export const workloadSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  rows: z.array(workloadRowSchema),
});
export type Workload = z.infer<typeof workloadSchema>;

/** One row of 问责台账 (`GET /api/supervision/ledger`). */
export const ledgerEntrySchema = z.object({
  id: z.string(),
  centerId: z.string(),
  applicationId: z.string().nullable(),
  receiptNo: z.string().nullable(),
  kind: z.string(),
  department: z.string().nullable(),
  officer: z.string().nullable(),
  nodeId: z.string().nullable(),
  note: z.string(),
  at: z.string(),
  owner: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** Past its own due date (still open after it, or closed only after it). */
  overdue: z.boolean(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closeNote: z.string().nullable(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const LEDGER_SORTS = ['at', 'kind', 'department', 'receiptNo', 'dueDate'] as const;

/**
 * The ledger's query: pagination, sort (`at` by default, newest first), and filters — kind, department,
 * receipt number (contains), state, and a date range of `at` in Asia/Shanghai days (inclusive).
 */
export const ledgerQuerySchema = pageQuerySchema.extend({
  sort: z.enum(LEDGER_SORTS).optional(),
  kind: z.string().trim().max(40).optional(),
  department: z.string().trim().max(64).optional(),
  receiptNo: itemSearchSchema.shape.receiptNo,
  from: itemSearchSchema.shape.from,
  to: itemSearchSchema.shape.to,
  state: z.enum(['open', 'closed']).optional(),
});
export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

export const ledgerPageSchema = pageOf(ledgerEntrySchema);

/** `GET /api/exports/statistics`: figures by department and by item. */
export const figuresSchema = obj({ at: instant, byDepartment: z.array(figureSchema), byItem: z.array(figureSchema) });
export type Figures = z.infer<typeof figuresSchema>;

const itemRef = {
  applicationId: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  centerId: z.string(),
};

/** A running item with its card of the one rule, and the names of the steps it stands at. */
export const runningItemSchema = obj({
  ...itemRef,
  status: z.string(),
  card: cardSchema,
  deadline: instant.nullable(),
  clockPaused: z.boolean(),
  steps: z.array(z.string()),
});
export type RunningItem = z.infer<typeof runningItemSchema>;

/** `GET /api/supervision/overview`: 电子监察 at the clock's now over the caller's centers. */
export const overviewSchema = obj({
  at: instant,
  centers: z.array(z.string()),
  /** Items by their warning (paused ones apart). */
  counts: obj({ green: z.number().int(), yellow: z.number().int(), red: z.number().int(), paused: z.number().int() }),
  cardCounts: obj({
    normal: z.number().int(),
    warning: z.number().int(),
    yellow: z.number().int(),
    red: z.number().int(),
  }),
  /** Every running item, red first; `cardedItems`: those whose card is not normal. */
  runningItems: z.array(runningItemSchema),
  cardedItems: z.array(runningItemSchema),
  /** Running steps whose card is not normal (an item late at acceptance shows here). */
  cardedSteps: z.array(
    obj({
      ...itemRef,
      nodeId: z.string(),
      nodeName: z.string(),
      department: z.string().nullable(),
      deadline: instant,
      card: cardSchema,
    }),
  ),
  overdue: z.array(
    obj({ ...itemRef, status: z.string(), deadline: instant, overdueWorkingDays: z.number().int(), card: cardSchema }),
  ),
  overdueSteps: z.array(
    obj({
      taskId: z.string(),
      applicationId: z.string(),
      receiptNo: z.string(),
      nodeId: z.string(),
      nodeName: z.string().nullable(),
      department: z.string().nullable(),
      deadline: instant,
    }),
  ),
  tacitApprovals: z.array(
    obj({
      id: z.string(),
      applicationId: z.string().nullable(),
      receiptNo: z.string().nullable(),
      department: z.string().nullable(),
      officer: z.string().nullable(),
      nodeId: z.string().nullable(),
      note: z.string(),
      at: instant,
    }),
  ),
  byDepartment: z.array(
    obj({
      department: z.string(),
      /** The department's center: one row per center and department. */
      centerId: z.string(),
      name: z.string(),
      open: z.number().int(),
      closed: z.number().int(),
      onTimeRate: z.number().nullable(),
      avgWorkingDays: z.number().nullable(),
    }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;
