import { z } from 'zod';
import { cardSchema, decisionSchema, instant, itemStatusSchema, obj, warningSchema } from './common';
import { itemSearchSchema, pageQuerySchema } from './pagination';

/** One branch's decision, as a consolidation task (牵头部门汇总) shows it. */
export const opinionSchema = obj({
  nodeId: z.string(),
  department: z.string().nullable(),
  decision: decisionSchema,
  comment: z.string().nullable(),
  actor: z.string(),
  at: instant,
  tacit: z.literal(true).optional(),
});
export type Opinion = z.infer<typeof opinionSchema>;

/** An open step of the item, as its view shows it. */
export const openTaskSchema = obj({
  taskId: z.string(),
  nodeId: z.string(),
  department: z.string().nullable(),
  candidateRoles: z.array(z.string()),
  candidateUsers: z.array(z.string()),
  deadline: instant.nullable(),
  /** The reviewer of an `all` / `sequential` review this task went to. */
  participant: z.string().optional(),
  /** Its claimer (认领), when claimed. */
  claimedBy: z.string().optional(),
  /** A consolidation task: every branch's decision and comment so far. */
  opinions: z.array(opinionSchema).optional(),
  /** The step's 电子监察 card. */
  card: cardSchema.nullable(),
});
export type OpenTask = z.infer<typeof openTaskSchema>;

/** A running step's own clock with its card (a step late counts even when the item is not). */
export const stepClockSchema = obj({
  nodeId: z.string(),
  department: z.string().nullable(),
  startedAt: instant,
  deadline: instant,
  warning: warningSchema,
  /** Its deadline passed and was acted on (remind / escalate / recorded). */
  lapsed: z.boolean(),
  card: cardSchema,
  /** False when its deadline rests on a year without an official holiday notice. */
  calendarOfficial: z.boolean(),
});
export type StepClock = z.infer<typeof stepClockSchema>;

export const pauseSchema = obj({
  from: instant,
  to: instant.nullable(),
  reason: z.string(),
  kind: z.string(),
  /** A step that runs while the item clock stands (site survey). */
  node: z.string().optional(),
  /** §45: working days the special procedure is expected to take, as the applicant was told. */
  expectedDays: z.number().int().optional(),
});
export type Pause = z.infer<typeof pauseSchema>;

export const extensionSchema = obj({ days: z.number().int(), reason: z.string(), approver: z.string(), at: instant });
export type Extension = z.infer<typeof extensionSchema>;

/** An applicant with no account, identified at the window (居民身份证 number and a phone to reach them). */
export const walkInSchema = z
  .object({
    name: z.string().trim().min(1, '请填写申请人姓名').max(64),
    idNumber: z.string().regex(/^\d{17}[\dX]$/, '身份证号码应为18位（末位可为X）'),
    phone: z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话应为手机号码或带区号的固定电话'),
  })
  .strict();
export type WalkIn = z.infer<typeof walkInSchema>;

export const timelineEntrySchema = obj({
  at: instant,
  actor: z.string(),
  onBehalfOf: z.string().nullable(),
  /** 首席代表: the department in whose name the actor decided. */
  inNameOf: z.string().nullable(),
  action: z.string(),
  nodeId: z.string().nullable(),
  note: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** `GET /api/applications/{id}` and every application command's answer: the item at the clock's now. */
export const applicationViewSchema = obj({
  id: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  flowKey: z.string(),
  flowVersion: z.number().int(),
  /** The applicant's username, or `walk-in:<id number>` for a walk-in. */
  applicant: z.string(),
  channel: z.string(),
  centerId: z.string(),
  /** The instance version (send it as `If-Match` to refuse a stale command). */
  version: z.number().int(),
  status: itemStatusSchema,
  currentNodes: z.array(z.string()),
  acceptedAt: instant.nullable(),
  deadline: instant.nullable(),
  /** 法定时限's deadline, moved by the same pauses and extension as `deadline`. */
  statutoryDeadline: instant.nullable(),
  remainingWorkingDays: z.number().int().nullable(),
  warning: warningSchema,
  /** 电子监察 card; null once the item is finished. */
  card: cardSchema.nullable(),
  /** False when a deadline rests on a year without an official holiday notice (a weekends-only guess). */
  calendarOfficial: z.boolean(),
  clockPaused: z.boolean(),
  firstInquiryOfficer: z.string().nullable(),
  missingMaterials: z.array(z.string()),
  /** 补正期限: past it the application counts as withdrawn (null: nothing owed under a notice). */
  supplementDeadline: instant.nullable(),
  /** §32: the instant the item counted as accepted because nobody accepted or noticed it in time. */
  deemedAcceptanceAt: instant.nullable(),
  walkIn: walkInSchema.nullable(),
  materials: z.array(obj({ code: z.string() })),
  data: z.record(z.string(), z.unknown()),
  openTasks: z.array(openTaskSchema),
  stepClocks: z.array(stepClockSchema),
  pauses: z.array(pauseSchema),
  extension: extensionSchema.nullable(),
  submittedAt: instant,
  timeline: z.array(timelineEntrySchema),
});
export type ApplicationView = z.infer<typeof applicationViewSchema>;

/** A row of `GET /api/applications`. */
export const applicationSummarySchema = obj({
  id: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  applicant: z.string(),
  status: itemStatusSchema,
  acceptedAt: instant.nullable(),
  deadline: instant.nullable(),
  clockPaused: z.boolean(),
  submittedAt: instant,
  completedAt: instant.nullable(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

/** `POST /api/applications`. */
export const submittedSchema = obj({ id: z.string(), status: itemStatusSchema, receiptNo: z.string() });
export type Submitted = z.infer<typeof submittedSchema>;

const materialRef = z.object({ code: z.string().min(1).max(64) });

export const submitInputSchema = z.object({
  itemCode: z.string().min(1).max(64),
  channel: z.enum(['online', 'window', 'mail', 'fax']),
  materials: z.array(materialRef).max(200).default([]),
  data: z.record(z.string(), z.unknown()).default({}),
  /** At the window (or by mail, fax) an officer submits for an applicant: an account's username or a walk-in. */
  applicant: z.union([z.string().min(1).max(64), walkInSchema]).optional(),
  /**
   * The center whose item `itemCode` names (catalog codes are unique within a center). Without it: the caller's
   * center's item, else the default center's, else the only item with that code.
   */
  centerId: z.string().min(1).max(100).optional(),
});
export type SubmitInput = z.input<typeof submitInputSchema>;

/**
 * `GET /api/applications`: without `page`/`pageSize` the newest `limit` rows as an array; with them a page.
 * Search: `receiptNo` (contained, case-insensitive), `applicant` (the stored applicant: a username or
 * `walk-in:<id number>`, contained), `from`/`to` (submission day in Asia/Shanghai, inclusive).
 */
export const applicationListQuerySchema = z.object({
  ...pageQuerySchema.shape,
  ...itemSearchSchema.shape,
  status: itemStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuerySchema>;

/** Fields `GET /api/applications` may be sorted by. */
export const APPLICATION_SORTS = ['submittedAt', 'receiptNo', 'deadline', 'status', 'itemCode', 'applicant'] as const;
