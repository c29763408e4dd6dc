import type { WorkCalendar } from '@tongban/work-calendar';
import type { FlowIndex } from '../compile/flow-index';
import type { TimerPurpose } from '../effects';
import type { Clock, Instant, InstanceState, RecalculateEvent } from '../types';
import { policyOf } from '../policy/center-policy';
import { isItemClockStopped, itemDeadline, statutoryDeadline, stepDays, stepDeadline } from './clocks';
import { emit, logged, type Ctx, type Patch } from './runtime';

/**
 * A clock of the item itself (not of a step): where the state keeps it, its timer's purpose, its due rule.
 * Every item-level clock with a timer belongs here, or a calendar change leaves its timer where it was.
 */
interface ItemLevelClock {
  key: 'item' | 'statutory' | 'deemed' | 'supplementDue';
  purpose: TimerPurpose;
  label: string;
  /** Its due under `calendar`, or null while it stands still. */
  due(s: InstanceState, clock: Clock, calendar: WorkCalendar, now: Instant): Instant | null;
}

/** An intake clock counts its working days from its own start, whatever pauses come after. */
const countedFrom = (clock: Clock, days: number | null, calendar: WorkCalendar): Instant | null =>
  days === null ? null : calendar.deadlineOf({ acceptedAt: clock.start, days, at: clock.start }).instant;

const ITEM_LEVEL_CLOCKS: ItemLevelClock[] = [
  {
    key: 'item',
    purpose: 'item-deadline',
    label: '办件期限',
    due: (s, _clock, calendar, now) =>
      isItemClockStopped(s) ? null : (itemDeadline(s, calendar, now)?.instant ?? null),
  },
  {
    key: 'statutory',
    purpose: 'statutory-deadline',
    label: '法定期限',
    due: (s, _clock, calendar, now) =>
      isItemClockStopped(s) ? null : (statutoryDeadline(s, calendar, now)?.instant ?? null),
  },
  {
    key: 'deemed',
    purpose: 'deemed-acceptance',
    label: '视为受理期限',
    due: (s, clock, calendar) => countedFrom(clock, policyOf(s).deemedAcceptanceDays, calendar),
  },
  {
    key: 'supplementDue',
    purpose: 'supplement-deadline',
    label: '补正期限',
    due: (s, clock, calendar) => countedFrom(clock, policyOf(s).supplementDays, calendar),
  },
];

/** The due instants that move under a new calendar: the item's own clocks and the steps', in a fixed order. */
export interface MovedDues {
  clocks: [key: ItemLevelClock['key'], due: Instant][];
  steps: [nodeId: string, due: Instant][];
}

/** A clock waiting on a timer: neither fired nor stopped. Only these have a due instant to move. */
const ticking = (clock: Clock | null | undefined): clock is Clock => !!clock?.timer && !clock.fired;

/**
 * The running clocks whose due instant differs under `calendar` (steps in the definition's node order).
 * A stopped clock has no due to move (it is computed when it runs again) and a fired one has done its work.
 */
export function movedDues(s: InstanceState, flow: FlowIndex, calendar: WorkCalendar, now: Instant): MovedDues {
  const clocks: [ItemLevelClock['key'], Instant][] = [];
  for (const rule of ITEM_LEVEL_CLOCKS) {
    const clock = s[rule.key];
    if (!ticking(clock)) continue;
    const due = rule.due(s, clock, calendar, now);
    if (due !== null && due !== clock.due) clocks.push([rule.key, due]);
  }
  const steps: [string, Instant][] = [];
  for (const nodeId of [...flow.nodes.keys()].filter((id) => Object.hasOwn(s.clocks, id))) {
    const clock = s.clocks[nodeId];
    if (!ticking(clock)) continue;
    const due = stepDeadline(s, calendar, clock.start, stepDays(flow, nodeId) ?? 0, now).instant;
    if (due !== clock.due) steps.push([nodeId, due]);
  }
  return { clocks, steps };
}

/** True when a calendar change moves none of the item's running deadlines. */
export function nothingMoves(moved: MovedDues): boolean {
  return moved.clocks.length === 0 && moved.steps.length === 0;
}

/** The clock with its old timer cancelled and a new one due at `due`. */
function moved(c: Ctx, clock: Clock, nodeId: string | null, purpose: TimerPurpose, due: Instant): Clock {
  emit(c, { type: 'timer.cancel', timerId: clock.timer!, nodeId });
  const timerId = c.$.newId();
  emit(c, { type: 'timer.schedule', timerId, dueAt: due, nodeId, purpose });
  return { ...clock, due, timer: timerId };
}

/**
 * 日历调整: each running clock whose due moved gets a new timer in place of its old one (which is then stale),
 * open tasks at a moved step carry the new deadline, and the timeline says what moved.
 */
export function recalculate(c: Ctx, e: RecalculateEvent): Patch {
  const { calendar, flow, now } = c.$;
  const dues = movedDues(c, flow, calendar, now);
  const notes: string[] = [];
  const patch: Patch = {};
  for (const [key, due] of dues.clocks) {
    const rule = ITEM_LEVEL_CLOCKS.find((r) => r.key === key)!;
    const clock = c[key]!;
    notes.push(`${rule.label} ${calendar.dateOf(clock.due!)} → ${calendar.dateOf(due)}`);
    patch[key] = moved(c, clock, null, rule.purpose, due);
  }
  const clocks = { ...c.clocks };
  for (const [nodeId, due] of dues.steps) {
    const name = flow.nodes.get(nodeId)?.name ?? nodeId;
    notes.push(`${name}期限 ${calendar.dateOf(clocks[nodeId].due!)} → ${calendar.dateOf(due)}`);
    clocks[nodeId] = moved(c, clocks[nodeId], nodeId, 'step-deadline', due);
  }
  for (const t of c.tasks) {
    if (clocks[t.node] !== c.clocks[t.node]) {
      emit(c, { type: 'task.update', taskId: t.id, nodeId: t.node, deadline: clocks[t.node].due });
    }
  }
  return {
    ...patch,
    clocks,
    calendarRevision: e.revision,
    history: logged(c, e, 'recalculate', null, `日历第${e.revision}版：${notes.join('；')}`),
  };
}
