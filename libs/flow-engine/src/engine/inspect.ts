import type { WorkCalendar, WarningLevel } from '@tongban/work-calendar';
import { compiled } from '../compile/compile';
import type { FlowIndex } from '../compile/flow-index';
import { cardAt, cardTimes, type Card, type ItemCards } from '../cards/card';
import { deadlineWarning } from '../cards/warning';
import { policyOf } from '../policy/center-policy';
import {
  isItemClockStopped,
  isPaused,
  itemDeadline,
  statutoryDeadline,
  stepDays,
  stepDeadline,
} from '../runtime/clocks';
import { candidatesOf, departmentOf, taskDepartment } from '../runtime/tasks';
import type {
  EngineSnapshot,
  Extension,
  HistoryEntry,
  Instant,
  ItemStatus,
  Opinion,
  Outcome,
  Pause,
  WalkInApplicant,
} from '../types';
import { activeNodes } from './snapshot';

export interface OpenTaskView {
  taskId: string;
  nodeId: string;
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
  deadline: Instant | null;
  participant?: string;
  /** Its claimer (认领), when claimed. */
  claimedBy?: string;
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
  /** 电子监察 card: `warning` in its last working days, `red` past its own deadline. */
  card: Card;
  /** False when its deadline rests on a year without an official holiday notice. */
  calendarOfficial: boolean;
}

export interface InstanceView {
  status: ItemStatus;
  outcome: Outcome | null;
  activeNodes: string[];
  acceptedAt: Instant | null;
  finishedAt: Instant | null;
  deadline: Instant | null;
  /** The statutory limit's deadline (法定时限), moved by the same pauses and extension. */
  statutoryDeadline: Instant | null;
  remainingWorkingDays: number | null;
  warning: WarningLevel;
  /** 电子监察 card of the item; null (no card) once it is finished. */
  card: Card | null;
  /** When the item's and its running steps' cards change. */
  cards: ItemCards;
  /** False when the item's or a running step's deadline rests on a year without an official holiday notice. */
  calendarOfficial: boolean;
  clockPaused: boolean;
  firstInquiryOfficer: string | null;
  missingMaterials: string[];
  notified: boolean;
  /** 补正期限: the end of the day by which the applicant must supply what the notice names (null: none owed). */
  supplementDeadline: Instant | null;
  /** §32: when the application counts as accepted unless accepted or noticed before (null: not running). */
  deemedAcceptanceAt: Instant | null;
  /** A walk-in applicant as recorded at the window. */
  walkIn: WalkInApplicant | null;
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
  statutoryDeadline: Instant | null;
  clockPaused: boolean;
  /** When its cards change (the projection keeps them, so a list shows the card without the snapshot). */
  cards: ItemCards;
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
  const deadline = itemDeadline(s, calendar, s.finishedAt ?? at)?.instant ?? null;
  const statutory = statutoryDeadline(s, calendar, s.finishedAt ?? at)?.instant ?? null;
  return {
    status: statusOf(flow, snapshot, active),
    firstInquiryOfficer: s.owner,
    acceptedAt: s.acceptedAt,
    deadline,
    statutoryDeadline: statutory,
    clockPaused: isItemClockStopped(s),
    cards: cardsOf(flow, snapshot, deadline, statutory, at, calendar),
  };
}

/** The item's and its running steps' card times at `at` (`warning` lead: the flow's, else the center's). */
function cardsOf(
  flow: FlowIndex,
  snapshot: EngineSnapshot,
  deadline: Instant | null,
  statutory: Instant | null,
  at: Instant,
  calendar: WorkCalendar,
): ItemCards {
  const s = snapshot.context;
  if (snapshot.status === 'done' || s.outcome) return { item: null, steps: [] };
  const warnDefault = policyOf(s).warnAtRemainingDays;
  const item =
    deadline && statutory
      ? cardTimes(
          {
            deadline,
            statutoryDeadline: statutory,
            warnAtRemainingDays: s.limit?.warnAtRemainingDays ?? warnDefault,
            stopped: isItemClockStopped(s),
            at,
          },
          calendar,
        )
      : { warningFrom: null, yellowFrom: null, redFrom: null };
  const steps = stepDeadlines(flow, s, at, calendar).map(({ nodeId, deadline: due }) => ({
    nodeId,
    department: departmentOf(flow, nodeId),
    deadline: due.instant,
    ...cardTimes(
      {
        deadline: due.instant,
        statutoryDeadline: null,
        warnAtRemainingDays: stepWarnDays(flow, nodeId) ?? warnDefault,
        stopped: isPaused(s),
        at,
      },
      calendar,
    ),
  }));
  return { item, steps };
}

/** The nodes with a running step clock, in the definition's order (the stored jsonb reorders object keys). */
function clockedNodes(flow: FlowIndex, s: EngineSnapshot['context']): string[] {
  return [...flow.nodes.keys()].filter((nodeId) => Object.hasOwn(s.clocks, nodeId));
}

/** Each running step clock's deadline at `at`, in the definition's node order. */
function stepDeadlines(flow: FlowIndex, s: EngineSnapshot['context'], at: Instant, calendar: WorkCalendar) {
  return clockedNodes(flow, s)
    .filter((nodeId) => stepDays(flow, nodeId) !== null)
    .map((nodeId) => ({
      nodeId,
      deadline: stepDeadline(s, calendar, s.clocks[nodeId].start, stepDays(flow, nodeId)!, at),
    }));
}

function stepWarnDays(flow: FlowIndex, nodeId: string): number | undefined {
  const node = flow.nodes.get(nodeId);
  return node && 'timeLimit' in node ? node.timeLimit?.warnAtRemainingDays : undefined;
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
  const { deadline, cards } = summary;
  const warnAt = s.limit?.warnAtRemainingDays;
  const stepCards = new Map(cards.steps.map((step) => [step.nodeId, cardAt(step, at)!]));
  const stepDue = (nodeId: string): Instant | null => {
    const clock = s.clocks[nodeId];
    const days = stepDays(flow, nodeId);
    return clock && days !== null ? stepDeadline(s, calendar, clock.start, days, at).instant : null;
  };
  const stepOfficial = (nodeId: string): boolean => {
    const days = stepDays(flow, nodeId);
    return days === null || stepDeadline(s, calendar, s.clocks[nodeId].start, days, at).official;
  };
  return {
    ...summary,
    outcome: s.outcome,
    activeNodes: active,
    finishedAt: s.finishedAt,
    remainingWorkingDays: deadline ? remainingDays(calendar, s.acceptedAt, deadline, clockAt) : null,
    warning: deadlineWarning(deadline, clockAt, warnAt, calendar),
    card: cardAt(cards.item, at),
    calendarOfficial: calendarOfficial(flow, s, at, calendar),
    missingMaterials: s.missing,
    notified: s.notified,
    supplementDeadline: s.supplementDue?.due ?? null,
    deemedAcceptanceAt: s.deemed?.due ?? null,
    walkIn: s.walkIn ?? null,
    openTasks: s.tasks.map((t) => {
      const { roles, users, participant } = candidatesOf(flow, t);
      const view: OpenTaskView = {
        taskId: t.id,
        nodeId: t.node,
        department: taskDepartment(flow, t),
        candidateRoles: roles,
        candidateUsers: users,
        deadline: stepDue(t.node),
      };
      if (participant !== undefined) view.participant = participant;
      if (t.claimedBy !== undefined) view.claimedBy = t.claimedBy;
      if (flow.leadOf.has(t.node)) view.opinions = s.opinions?.[t.node] ?? [];
      return view;
    }),
    stepClocks: clockedNodes(flow, s).map((nodeId) => {
      const clock = s.clocks[nodeId];
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
        card: stepCards.get(nodeId) ?? 'normal',
        calendarOfficial: stepOfficial(nodeId),
      };
    }),
    pauses: s.pauses,
    extension: s.extension,
    tacitApprovals: s.tacit,
    history: s.history,
  };
}

/** Every deadline the item runs against rests on official holiday notices (a finished item: as it finished). */
function calendarOfficial(flow: FlowIndex, s: EngineSnapshot['context'], at: Instant, calendar: WorkCalendar): boolean {
  const clockAt = s.finishedAt ?? at;
  const item = [itemDeadline(s, calendar, clockAt), statutoryDeadline(s, calendar, clockAt)];
  const steps = s.outcome ? [] : stepDeadlines(flow, s, at, calendar).map((step) => step.deadline);
  return [...item, ...steps].every((d) => d === null || d.official);
}

/**
 * Working days left, today included; on the day the clock started, today is not one of them (the limit
 * counts from the next day), so an item accepted today has its whole limit left.
 */
export function remainingDays(
  calendar: WorkCalendar,
  startedAt: Instant | null,
  deadline: Instant,
  at: Instant,
): number {
  if (startedAt && calendar.dateOf(at) === calendar.dateOf(startedAt)) {
    return calendar.workingDaysBetween(calendar.dateOf(startedAt), calendar.dateOf(deadline));
  }
  return calendar.remainingWorkingDays({ deadline, at });
}
