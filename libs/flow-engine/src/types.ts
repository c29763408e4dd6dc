import type { FlowDirectory, ItemTimeLimit } from '@tongban/flow-model';
import type { WorkCalendar } from '@tongban/work-calendar';
import type { Instant } from './instant';
import type { CenterPolicy } from './policy/center-policy';

// Its own module so that effects.ts, which types.ts names, need not import types.ts back.
export type { Instant };

/** Everything impure the engine needs, passed in: the time, an id source and the calendar. */
export interface EngineContext {
  now: Instant;
  newId: () => string;
  calendar: WorkCalendar;
  /**
   * The item's center as the shell loaded it: a 会签 over a role opens one task per member. Without it a
   * role is one task (the designer's simulation).
   */
  directory?: FlowDirectory;
  /**
   * Which revision of the center's calendar `calendar` is (official data plus the center's overrides as they
   * stood); recorded in the snapshot so a view and a replay use the same one. Absent: not recorded.
   */
  calendarRevision?: number;
}

/** A material as the shell may pass it: its code, or an object carrying the code. */
export type MaterialRef = string | { code: string };

export interface StartInput {
  applicationId: string;
  /** The applicant's username. */
  applicant: string;
  /** The form; `when` conditions read it as `data`. */
  data: Record<string, unknown>;
  /** Codes of the materials submitted. */
  materials: MaterialRef[];
  channel?: string;
  /** The catalog's published limits; they win over the definition's. */
  timeLimit?: ItemTimeLimit;
  /** The center's settings in force at submission (defaults for what is not given). */
  policy?: Partial<CenterPolicy>;
  /** §42 ¶2: the catalog handles the item jointly (联合办理), so one extension may reach 15 working days. */
  joint?: boolean;
  /** Codes the published catalog item requires (beside the acceptance node's own required materials). */
  requiredMaterials?: string[];
  /** The window officer who took the application in for the applicant (walk-in, mail, fax): its 首问. */
  intakeOfficer?: string;
  /** A walk-in applicant with no account, as recorded at the window. */
  walkIn?: WalkInApplicant;
}

/** An applicant with no account, identified at the window. */
export interface WalkInApplicant {
  name: string;
  idNumber: string;
  phone: string;
}

export type Decision = 'approve' | 'reject' | 'return';
export type PauseKind =
  'supplement' | 'hearing' | 'inspection' | 'expert-review' | 'site-survey' | 'other' | 'bidding' | 'appraisal';
export const PAUSE_KINDS: readonly PauseKind[] = [
  'supplement',
  'hearing',
  'inspection',
  'expert-review',
  'site-survey',
  'other',
  'bidding',
  'appraisal',
];
/**
 * §45 special procedures (听证, 招标拍卖, 检验检测检疫, 鉴定, 专家评审): their time is not counted, and the applicant is
 * told in writing how long they will take, so a pause of one of these kinds carries `expectedDays`.
 */
export const SPECIAL_PROCEDURES: readonly PauseKind[] = [
  'hearing',
  'bidding',
  'inspection',
  'appraisal',
  'expert-review',
];

/** Who sends a command; `onBehalfOf` is the absent A post when B acts. */
export interface Actor {
  actor: string;
  onBehalfOf?: string;
}

export type AcceptEvent = Actor & { type: 'accept' };
export type NotifyMissingEvent = Actor & {
  type: 'notify-missing';
  missing: MaterialRef[];
  note?: string;
  force?: boolean;
};
export type SupplementEvent = Actor & { type: 'supplement'; materials: MaterialRef[] };
export type RejectEvent = Actor & { type: 'reject'; reason: string };
export type WithdrawEvent = Actor & { type: 'withdraw'; reason?: string };
/** `expectedDays`: how long the special procedure is expected to take (§45: the applicant is told). */
export type PauseEvent = Actor & { type: 'pause'; reason: string; kind?: PauseKind; expectedDays?: number };
export type ResumeEvent = Actor & { type: 'resume' };
export type ExtendEvent = Actor & { type: 'extend'; days: number; reason: string; approver: string };
export type DecideEvent = Actor & {
  type: 'decide';
  taskId: string;
  decision: Decision;
  comment?: string;
  /** 首席代表: decided in this department's name (the shell has checked the actor is its chief representative). */
  inNameOf?: string;
};
/** 认领: the actor takes a role task, so that it alone decides it and answers for its lapse. */
export type ClaimEvent = Actor & { type: 'claim'; taskId: string };
/** Gives a claimed task back to its role; only its claimer may. */
export type UnclaimEvent = Actor & { type: 'unclaim'; taskId: string };
/**
 * An administrator moves the open tasks of `from` (those it claimed, and those naming it by username: assignee,
 * 会签 member, candidate user) to `to`, its B post, or back to their queue (`to` null): `from` was disabled.
 * `department`: `from`'s department, the queue of a task that named only `from` and whose step names none.
 * See `reassignmentTarget` and `reassignedAddress`.
 */
export type ReassignEvent = Actor & { type: 'reassign'; from: string; to: string | null; department?: string | null };
/** A due timer, sent back by the shell; `actor` defaults to `system`. */
export type TimerEvent = { type: 'timer'; timerId: string; actor?: string };
/**
 * The center's calendar changed: every running clock is recomputed with the calendar in `ctx`, which is
 * revision `revision`; `actor` defaults to `system`.
 */
export type RecalculateEvent = { type: 'recalculate'; revision: number; actor?: string };

export type EngineEvent =
  | AcceptEvent
  | NotifyMissingEvent
  | SupplementEvent
  | RejectEvent
  | WithdrawEvent
  | PauseEvent
  | ResumeEvent
  | ExtendEvent
  | DecideEvent
  | ClaimEvent
  | UnclaimEvent
  | ReassignEvent
  | TimerEvent
  | RecalculateEvent;

export type EngineEventType = EngineEvent['type'];

export type Outcome = 'approved' | 'rejected' | 'withdrawn';
export type ItemStatus = 'submitted' | 'awaiting-supplement' | 'in-review' | Outcome;

/** A running deadline: `due` is the instant its current timer fires at (null while paused). */
export interface Clock {
  start: Instant;
  due: Instant | null;
  timer: string | null;
  /** Its deadline has passed and been acted on; it is not scheduled again. */
  fired?: true;
}

/**
 * A stop of the clock. A command pause stops the item clock and every step clock; a pause with `node`
 * stops the item clock only, while a step that does not count toward the limit (site survey) runs.
 */
export interface Pause {
  from: Instant;
  to: Instant | null;
  reason: string;
  kind: PauseKind;
  node?: string;
  /** Working days the special procedure is expected to take, as the applicant was told. */
  expectedDays?: number;
}

export interface Extension {
  days: number;
  reason: string;
  approver: string;
  at: Instant;
}

/**
 * An open human task; `p` indexes the node's participants in `all` / `sequential` reviews; `m` is the member
 * a 会签 task went to when a role was expanded through the directory.
 */
export interface OpenTask {
  id: string;
  node: string;
  p?: number;
  /** The officer who claimed it (认领); absent while it is open to its whole role. */
  claimedBy?: string;
  m?: string;
  /** Whom the task goes to since an officer it named was disabled; replaces what the flow names (see `reassign`). */
  addressed?: TaskAddress;
}

/** Whom a task goes to: users, roles in a department; neither users nor roles: the department's queue. */
export interface TaskAddress {
  department: string | null;
  roles: string[];
  users: string[];
}

/** A 会签's members (as expanded when the step was entered) and the votes cast so far. */
export interface Ballot {
  members: string[];
  of: number;
  approve: number;
  reject: number;
}

/** One branch decision of a block whose lead department consolidates (牵头部门汇总). */
export interface Opinion {
  nodeId: string;
  department: string | null;
  decision: Decision;
  comment: string | null;
  actor: string;
  at: Instant;
  tacit?: true;
}

export interface HistoryEntry {
  at: Instant;
  actor: string;
  onBehalfOf?: string;
  action: string;
  nodeId: string | null;
  note?: string;
  /** 首席代表: the department in whose name the actor decided. */
  inNameOf?: string;
}

/** A node's result, held between the decision and leaving the node. */
export type Verdict = 'approve' | 'reject' | 'return';

/** The persisted state of one item (the machine's context). Plain JSON. */
export interface InstanceState {
  applicationId: string;
  applicant: string;
  channel: string | null;
  data: Record<string, unknown>;
  materials: string[];
  /** Materials named in the one-time notice and not yet supplied. */
  missing: string[];
  notified: boolean;
  /** First-inquiry owner (首问): the first officer who acted on the item. */
  owner: string | null;
  limit: ItemTimeLimit | null;
  /** The center's settings at submission; absent in snapshots stored before it existed (read with `policyOf`). */
  policy?: CenterPolicy;
  /** The catalog item's required material codes at submission (absent in older snapshots). */
  required?: string[];
  /** §32: accepted as of receipt when neither accepted nor answered with a notice by `due`. */
  deemed?: Clock | null;
  /** 补正期限: past `due` with materials still owed, the application counts as withdrawn. */
  supplementDue?: Clock | null;
  walkIn?: WalkInApplicant;
  acceptedAt: Instant | null;
  item: Clock | null;
  /** The statutory limit's clock (法定时限), beside the enforced promised one; absent in older snapshots. */
  statutory?: Clock | null;
  /** §42 ¶2 joint handling (联合办理): the extension cap is 15 working days. */
  joint?: boolean;
  extension: Extension | null;
  pauses: Pause[];
  clocks: Record<string, Clock>;
  tasks: OpenTask[];
  joins: Record<string, number>;
  /** Branches that arrived at their join by a reject, per parallel node (absent before join vote rules). */
  vetoes?: Record<string, number>;
  verdicts: Record<string, Verdict>;
  /** Open 会签 votes by node (absent in snapshots stored before vote rules). */
  ballots?: Record<string, Ballot>;
  /** Branch decisions by consolidating join, kept until the lead's decision leaves the join. */
  opinions?: Record<string, Opinion[]>;
  /** Nodes completed by tacit approval (超期默许), in order. */
  tacit: string[];
  outcome: Outcome | null;
  finishedAt: Instant | null;
  history: HistoryEntry[];
  /** The calendar revision of the last step that changed the item (`EngineContext.calendarRevision`). */
  calendarRevision?: number;
}

/** What is stored per instance: plain JSON, restored by `step` and `inspect`. */
export interface EngineSnapshot {
  status: 'active' | 'done';
  value: StateValue;
  context: InstanceState;
}

export type StateValue = string | { [key: string]: StateValue };

export interface StepResult {
  snapshot: EngineSnapshot;
  effects: import('./effects').Effect[];
}
