import { z } from 'zod';

/**
 * The flow definition format v1 (docs/flow-format.md, a copy of the shared contract).
 * Fields may be added, never renamed or dropped.
 */

export const flowKeySchema = z.string().regex(/^[a-z0-9-]+$/, 'key 只能包含小写字母、数字和连字符');

export const itemTimeLimitSchema = z.object({
  /** 法定时限, working days. */
  statutoryDays: z.number().int().min(0),
  /** 承诺时限 (≤ statutory): the deadline that is enforced. */
  promisedDays: z.number().int().min(0),
  /** Yellow card from the start of the last this-many working days. Default 1. */
  warnAtRemainingDays: z.number().int().min(0).optional(),
});

export const nodeTimeLimitSchema = z.object({
  days: z.number().int().min(0),
  /** Yellow card for the step from the start of its last this-many working days. Default 1. */
  warnAtRemainingDays: z.number().int().min(0).optional(),
});

export const materialSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  required: z.boolean(),
});

export const assigneesSchema = z.object({
  roles: z.array(z.string().min(1)).default([]),
  users: z.array(z.string().min(1)).default([]),
});

export const timeoutActionSchema = z.enum(['tacit-approve', 'escalate', 'remind']);
export const reviewModeSchema = z.enum(['any', 'all', 'sequential']);
/**
 * How many of a 会签's members, or of a join's branches, must agree: every one, one, at least n, or at least
 * p percent (rounded up).
 */
export const voteRuleSchema = z.union([
  z.literal('all'),
  z.literal('any'),
  z.object({ atLeast: z.number().int().min(1) }),
  z.object({ percent: z.number().int().min(1).max(100) }),
]);
export const joinPolicySchema = voteRuleSchema;
export const endOutcomeSchema = z.enum(['approved', 'rejected', 'withdrawn']);

const nodeBase = {
  id: z.string().min(1),
  /** Display name in the designer and the timeline. */
  name: z.string().optional(),
};

export const startNodeSchema = z.object({ ...nodeBase, type: z.literal('start') });

export const acceptanceNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('acceptance'),
  department: z.string().optional(),
  assignees: assigneesSchema.optional(),
  materials: z.array(materialSchema).default([]),
  timeLimit: nodeTimeLimitSchema.optional(),
  onTimeout: timeoutActionSchema.optional(),
});

export const parallelNodeSchema = z.object({ ...nodeBase, type: z.literal('parallel') });

export const reviewNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('review'),
  department: z.string().optional(),
  assignees: assigneesSchema.default({ roles: [], users: [] }),
  mode: reviewModeSchema.default('any'),
  timeLimit: nodeTimeLimitSchema.optional(),
  onTimeout: timeoutActionSchema.optional(),
  /** Lead department (牵头/主办) of a parallel review. */
  lead: z.boolean().optional(),
  /** In `all` mode (会签): how many members must approve. Default `all`. */
  vote: voteRuleSchema.optional(),
  /** Whether this step's time counts toward the item's limit (site survey etc.). Default true. */
  countsTowardLimit: z.boolean().optional(),
});

export const joinNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('join'),
  policy: joinPolicySchema.default('all'),
  /** 牵头部门汇总: once the policy is met, the block's `lead` review's department decides the block's result. */
  consolidate: z.boolean().optional(),
});

export const conditionNodeSchema = z.object({ ...nodeBase, type: z.literal('condition') });

export const notificationNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('notification'),
  to: z.string().min(1),
  template: z.string().default(''),
});

export const certificateNodeSchema = z.object({ ...nodeBase, type: z.literal('certificate') });

export const endNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('end'),
  outcome: endOutcomeSchema.default('approved'),
});

export const flowNodeSchema = z.discriminatedUnion('type', [
  startNodeSchema,
  acceptanceNodeSchema,
  parallelNodeSchema,
  reviewNodeSchema,
  joinNodeSchema,
  conditionNodeSchema,
  notificationNodeSchema,
  certificateNodeSchema,
  endNodeSchema,
]);

export const flowEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** The outcome of the source node that takes this edge (accept, approve, reject, return, …). */
  on: z.string().optional(),
  /** FEEL expression over `data`, on edges leaving a `condition`. */
  when: z.string().optional(),
  /** The edge a `condition` takes when no `when` holds. */
  default: z.boolean().optional(),
  label: z.string().optional(),
});

export const positionSchema = z.object({ x: z.number(), y: z.number() });

export const flowDefinitionSchema = z.object({
  key: flowKeySchema,
  name: z.string().min(1),
  description: z.string().optional(),
  timeLimit: itemTimeLimitSchema.optional(),
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema),
  layout: z.record(z.string(), positionSchema).optional(),
});

export type ItemTimeLimit = z.infer<typeof itemTimeLimitSchema>;
export type NodeTimeLimit = z.infer<typeof nodeTimeLimitSchema>;
export type Material = z.infer<typeof materialSchema>;
export type Assignees = z.infer<typeof assigneesSchema>;
export type TimeoutAction = z.infer<typeof timeoutActionSchema>;
export type ReviewMode = z.infer<typeof reviewModeSchema>;
export type VoteRule = z.infer<typeof voteRuleSchema>;
export type JoinPolicy = z.infer<typeof joinPolicySchema>;
export type EndOutcome = z.infer<typeof endOutcomeSchema>;
export type StartNode = z.infer<typeof startNodeSchema>;
export type AcceptanceNode = z.infer<typeof acceptanceNodeSchema>;
export type ParallelNode = z.infer<typeof parallelNodeSchema>;
export type ReviewNode = z.infer<typeof reviewNodeSchema>;
export type JoinNode = z.infer<typeof joinNodeSchema>;
export type ConditionNode = z.infer<typeof conditionNodeSchema>;
export type NotificationNode = z.infer<typeof notificationNodeSchema>;
export type CertificateNode = z.infer<typeof certificateNodeSchema>;
export type EndNode = z.infer<typeof endNodeSchema>;
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowNodeType = FlowNode['type'];
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
export type FlowDefinition = z.infer<typeof flowDefinitionSchema>;
/** What a client sends before defaults are applied. */
export type FlowDefinitionInput = z.input<typeof flowDefinitionSchema>;
