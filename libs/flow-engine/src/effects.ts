import type { Instant } from './instant';

/** Why a task closed: decided by its assignee, lapsed at the step deadline, or cancelled by the flow. */
export type TaskCloseReason = 'completed' | 'timeout' | 'cancelled';

export type AccountabilityKind =
  | 'tacit-approval'
  | 'overdue-step'
  | 'overdue-item'
  | 'statutory-overdue'
  | 'second-notice'
  | 'refusal-without-reason'
  | 'deemed-accepted'
  | 'officer-withdrawal';

/** `nodeId` null: the item's own clocks (the promised deadline, the statutory one, and the intake clocks). */
export type TimerPurpose =
  'item-deadline' | 'step-deadline' | 'statutory-deadline' | 'deemed-acceptance' | 'supplement-deadline';

export interface TaskOpenEffect {
  type: 'task.open';
  taskId: string;
  nodeId: string;
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
  /** The step's deadline, or null when the step has no limit (or the clock is paused). */
  deadline: Instant | null;
  /** In `all` and `sequential` reviews: the user or role this task belongs to. */
  participant?: string;
}

export interface TaskCloseEffect {
  type: 'task.close';
  taskId: string;
  nodeId: string;
  reason: TaskCloseReason;
  decision?: 'approve' | 'reject' | 'return';
  actor?: string;
}

/** A task was claimed (`claimedBy`) or given back to its role (null). */
export interface TaskClaimEffect {
  type: 'task.claim';
  taskId: string;
  nodeId: string;
  claimedBy: string | null;
}

/** A task goes to other people (an officer it named was disabled): its department and candidates now. */
export interface TaskAddressEffect {
  type: 'task.address';
  taskId: string;
  nodeId: string;
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
}

/** A task's deadline moved (the clock paused: null; resumed: the new deadline). */
export interface TaskUpdateEffect {
  type: 'task.update';
  taskId: string;
  nodeId: string;
  deadline: Instant | null;
}

export interface TimerScheduleEffect {
  type: 'timer.schedule';
  timerId: string;
  dueAt: Instant;
  nodeId: string | null;
  purpose: TimerPurpose;
}

export interface TimerCancelEffect {
  type: 'timer.cancel';
  timerId: string;
  nodeId: string | null;
}

/**
 * `to` is a recipient address the shell resolves: `applicant`, a node's `to`,
 * `department:<code>` or `department-head:<code>`.
 */
export interface NotifyEffect {
  type: 'notify';
  to: string;
  template: string;
  payload: Record<string, unknown>;
}

export interface AccountabilityEffect {
  type: 'accountability';
  kind: AccountabilityKind;
  department: string | null;
  officer: string | null;
  nodeId: string | null;
  note: string;
}

export interface CertificateIssueEffect {
  type: 'certificate.issue';
  applicationId: string;
  applicant: string;
  nodeId: string;
}

/** What the shell must carry out, in order, in the transaction that stores the new snapshot. */
export type Effect =
  | TaskOpenEffect
  | TaskCloseEffect
  | TaskUpdateEffect
  | TaskClaimEffect
  | TaskAddressEffect
  | TimerScheduleEffect
  | TimerCancelEffect
  | NotifyEffect
  | AccountabilityEffect
  | CertificateIssueEffect;

export type EffectType = Effect['type'];
