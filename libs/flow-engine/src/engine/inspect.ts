import type { WorkCalendar, WarningLevel } from '@tongban/work-calendar';
import { compiled } from '../compile/compile';
import type { FlowIndex } from '../compile/flow-index';
import { isItemClockStopped, itemDeadline, stepDays, stepDeadline } from '../runtime/clocks';
import { candidatesOf, departmentOf } from '../runtime/tasks';
import type { EngineSnapshot, Extension, HistoryEntry, Instant, ItemStatus, Opinion, Outcome, Pause } from '../types';
import { activeNodes } from './snapshot';

export interface OpenTaskView {
  taskId: string;
  nodeId: string;
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
  deadline: Instant | null;
  participant?: string;
  /** A consolidation task (牵头部门汇总): every branch's decision and comment so far. */
  opinions?: Opinion[];
}

/** A running step's own clock (a step late counts even when the item is not). */
export interface StepClockView {
  nodeId: string;
  department: string | null;
  startedAt: Instant;
  deadline: Instant;
  warning: WarningLevel;
  /** Its deadline passed and was acted on (remind / escalate / recorded). */
  lapsed: boolean;
}

export interface InstanceView {
  status: ItemStatus;
  outcome: Outcome | null;
  activeNodes: string[];
  acceptedAt: Instant | null;
  finishedAt: Instant | null;
  deadline: Instant | null;
  remainingWorkingDays: number | null;
  warning: WarningLevel;
  clockPaused: boolean;
  firstInquiryOfficer: string | null;
  missingMaterials: string[];
  notified: boolean;
  openTasks: OpenTaskView[];
  stepClocks: StepClockView[];
  pauses: Pause[];
  extension: Extension | null;
  tacitApprovals: string[];
  history: HistoryEntry[];
}

/** The item's status from its snapshot: finished outcome, else where it stands. */
export function statusOf(flow: FlowIndex, snapshot: EngineSnapshot, active: string[]): ItemStatus {
  const s = snapshot.context;
  if (s.outcome) return s.outcome;
  if (active.some((id) => flow.nodes.get(id)?.type === 'acceptance')) {
    return s.missing.length > 0 ? 'awaiting-supplement' : 'submitted';
  }
  return 'in-review';
}

/** The few facts of an item its application row mirrors: cheaper than `inspect` (no task or step clocks). */
export interface ItemSummary {
  status: ItemStatus;
  firstInquiryOfficer: string | null;
  acceptedAt: Instant | null;
  deadline: Instant | null;
  clockPaused: boolean;
}

/** The item's status alone (what a command's event row records as `from_status`). */
export function itemStatus(def: unknown, snapshot: EngineSnapshot): ItemStatus {
  const { flow } = compiled(def);
  return statusOf(flow, snapshot, runningNodes(flow, snapshot));
}

/** `inspect`'s status, owner and item clock alone, for the projection every command writes. */
export function summarize(def: unknown, snapshot: EngineSnapshot, at: Instant, calendar: WorkCalendar): ItemSummary {
  const { flow } = compiled(def);
  return summaryOf(flow, snapshot, runningNodes(flow, snapshot), at, calendar);
}

/** The nodes an item stands in; none once it is done. */
function runningNodes(flow: FlowIndex, snapshot: EngineSnapshot): string[] {
  return snapshot.status === 'done' ? [] : activeNodes(flow, snapshot.value);
}

function summaryOf(
  flow: FlowIndex,
  snapshot: EngineSnapshot,
  active: string[],
  at: Instant,
  calendar: WorkCalendar,
): ItemSummary {
  const s = snapshot.context;
  return {
    status: statusOf(flow, snapshot, active),
    firstInquiryOfficer: s.owner,
    acceptedAt: s.acceptedAt,
    deadline: itemDeadline(s, calendar, s.finishedAt ?? at)?.instant ?? null,
    clockPaused: isItemClockStopped(s),
  };
}

/**
 * What an item looks like at `at`: status, where it is, its clock (deadline moved by pauses and the
 * extension; a finished item's clock is read at its finishing instant), open tasks and timeline.
 */
export function inspect(def: unknown, snapshot: EngineSnapshot, at: Instant, calendar: WorkCalendar): InstanceView {
  const { flow } = compiled(def);
  const s = snapshot.context;
  const active = runningNodes(flow, snapshot);
  const clockAt = s.finishedAt ?? at;
  const summary = summaryOf(flow, snapshot, active, at, calendar);
  const { deadline } = summary;
  const warnAt = s.limit?.warnAtRemainingDays;
  const stepDue = (nodeId: string): Instant | null => {
    const clock = s.clocks[nodeId];
    const days = stepDays(flow, nodeId);
    return clock && days !== null ? stepDeadline(s, calendar, clock.start, days, at).instant : null;
  };
  return {
    ...summary,
    outcome: s.outcome,
    activeNodes: active,
    finishedAt: s.finishedAt,
    remainingWorkingDays: deadline ? remainingDays(calendar, s.acceptedAt, deadline, clockAt) : null,
    warning: deadline ? calendar.warningLevel({ deadline, at: clockAt, warnAtRemainingDays: warnAt }) : 'green',
    missingMaterials: s.missing,
    notified: s.notified,
    openTasks: s.tasks.map((t) => {
      const { roles, users, participant } = candidatesOf(flow, t);
      const view: OpenTaskView = {
        taskId: t.id,
        nodeId: t.node,
        department: departmentOf(flow, t.node),
        candidateRoles: roles,
        candidateUsers: users,
        deadline: stepDue(t.node),
      };
      if (participant !== undefined) view.participant = participant;
      if (flow.leadOf.has(t.node)) view.opinions = s.opinions?.[t.node] ?? [];
      return view;
    }),
    stepClocks: Object.entries(s.clocks).map(([nodeId, clock]) => {
      const due = stepDue(nodeId)!;
      const node = flow.nodes.get(nodeId);
      const warnStep = node && 'timeLimit' in node ? node.timeLimit?.warnAtRemainingDays : undefined;
      return {
        nodeId,
        department: departmentOf(flow, nodeId),
        startedAt: clock.start,
        deadline: due,
        warning: calendar.warningLevel({ deadline: due, at, warnAtRemainingDays: warnStep }),
        lapsed: clock.fired === true,
      };
    }),
    pauses: s.pauses,
    extension: s.extension,
    tacitApprovals: s.tacit,
    history: s.history,
  };
}

/**
 * Working days left, today included; on the day the clock started, today is not one of them (the limit
 * counts from the next day), so an item accepted today has its whole limit left.
 */
export function remainingDays(calendar: WorkCalendar, startedAt: Instant | null, deadline: Instant, at: Instant): number {
  if (startedAt && calendar.dateOf(at) === calendar.dateOf(startedAt)) {
    return calendar.workingDaysBetween(calendar.dateOf(startedAt), calendar.dateOf(deadline));
  }
  return calendar.remainingWorkingDays({ deadline, at });
}
