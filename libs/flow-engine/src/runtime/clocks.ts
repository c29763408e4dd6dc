import type { Clock, Instant, InstanceState } from '../types';
import type { FlowIndex } from '../compile/flow-index';
import type { WorkCalendar } from '@tongban/work-calendar';
import { emit, without, type Ctx, type Patch } from './runtime';

/** The working-day limit of a step, or null when it has none. */
export function stepDays(flow: FlowIndex, nodeId: string): number | null {
  const node = flow.nodes.get(nodeId);
  return node && 'timeLimit' in node && node.timeLimit ? node.timeLimit.days : null;
}

/** A pause command is in force: commands wait for `resume`, and every clock stands still. */
export function isPaused(s: InstanceState): boolean {
  return s.pauses.some((p) => p.to === null && p.node === undefined);
}

/** The item clock stands still: a pause command, or a step that does not count toward the limit. */
export function isItemClockStopped(s: InstanceState): boolean {
  return s.pauses.some((p) => p.to === null);
}

const commandPauses = (s: InstanceState) => s.pauses.filter((p) => p.node === undefined);

export function extensionDays(s: InstanceState): number {
  return s.extension?.days ?? 0;
}

/** A step's deadline given the item's pauses (those before the step started change nothing). */
export function stepDeadline(s: InstanceState, calendar: WorkCalendar, start: Instant, days: number, at: Instant) {
  return calendar.deadlineOf({ acceptedAt: start, days, pauses: commandPauses(s), at });
}

/** The item's enforced (promised) deadline, moved by pauses and the extension. */
export function itemDeadline(s: InstanceState, calendar: WorkCalendar, at: Instant) {
  if (!s.acceptedAt || !s.limit) return null;
  const extensions = s.extension ? [{ days: s.extension.days }] : [];
  return calendar.deadlineOf({
    acceptedAt: s.acceptedAt,
    days: s.limit.promisedDays,
    pauses: s.pauses,
    extensions,
    at,
  });
}

/** The item's statutory deadline (法定时限), moved by the same pauses and extension as the promised one. */
export function statutoryDeadline(s: InstanceState, calendar: WorkCalendar, at: Instant) {
  if (!s.acceptedAt || !s.limit) return null;
  const extensions = s.extension ? [{ days: s.extension.days }] : [];
  return calendar.deadlineOf({
    acceptedAt: s.acceptedAt,
    days: s.limit.statutoryDays,
    pauses: s.pauses,
    extensions,
    at,
  });
}

function schedule(c: Ctx, nodeId: string | null, due: Instant, statutory = false): string {
  const timerId = c.$.newId();
  emit(c, {
    type: 'timer.schedule',
    timerId,
    dueAt: due,
    nodeId,
    purpose: statutory ? 'statutory-deadline' : nodeId === null ? 'item-deadline' : 'step-deadline',
  });
  return timerId;
}

function cancel(c: Ctx, nodeId: string | null, clock: Clock | null | undefined): void {
  if (clock?.timer) emit(c, { type: 'timer.cancel', timerId: clock.timer, nodeId });
}

/** Starts a step's clock on entering it (a paused item schedules nothing until it resumes). */
export function startStepClock(c: Ctx, nodeId: string): Patch {
  const days = stepDays(c.$.flow, nodeId);
  if (days === null) return {};
  const start = c.$.now;
  if (isPaused(c)) return { clocks: { ...c.clocks, [nodeId]: { start, due: null, timer: null } } };
  const due = stepDeadline(c, c.$.calendar, start, days, start).instant;
  return { clocks: { ...c.clocks, [nodeId]: { start, due, timer: schedule(c, nodeId, due) } } };
}

export function stopStepClock(c: Ctx, nodeId: string): Patch {
  const clock = c.clocks[nodeId];
  if (!clock) return {};
  cancel(c, nodeId, clock);
  return { clocks: without(c.clocks, nodeId) };
}

/** Marks a clock whose timer fired: it has done its work and is never scheduled again. */
export function fireStepClock(c: Ctx, nodeId: string): Patch {
  const clock = c.clocks[nodeId];
  return clock ? { clocks: { ...c.clocks, [nodeId]: { ...clock, timer: null, fired: true } } } : {};
}

/** Starts the item's clock at acceptance: the enforced limit is the promised one. */
export function startItemClock(c: Ctx, acceptedAt: Instant): Patch {
  if (!c.limit) return { acceptedAt };
  const accepted = { ...c, acceptedAt };
  const due = itemDeadline(accepted, c.$.calendar, c.$.now)!.instant;
  const item = { start: acceptedAt, due, timer: schedule(c, null, due) };
  const legal = statutoryDeadline(accepted, c.$.calendar, c.$.now)!.instant;
  return { acceptedAt, item, statutory: { start: acceptedAt, due: legal, timer: schedule(c, null, legal, true) } };
}

export function stopItemClock(c: Ctx): Patch {
  const item = c.item?.timer ? (cancel(c, null, c.item), { item: { ...c.item, timer: null } }) : {};
  return { ...item, ...stopStatutoryClock(c) };
}

function stopStatutoryClock(c: Ctx): Patch {
  if (!c.statutory?.timer) return {};
  cancel(c, null, c.statutory);
  return { statutory: { ...c.statutory, timer: null } };
}

/** The statutory clock stands still with the item clock; its deadline is read from the pauses. */
function holdStatutoryClock(c: Ctx): Patch {
  const clock = c.statutory;
  if (!clock || clock.fired) return {};
  cancel(c, null, clock);
  return { statutory: { ...clock, due: null, timer: null } };
}

/** Recomputes the statutory deadline with the pauses and extension so far and schedules a new timer. */
function rescheduleStatutory(c: Ctx): Patch {
  const clock = c.statutory;
  if (!clock || clock.fired || isItemClockStopped(c)) return {};
  cancel(c, null, clock);
  const due = statutoryDeadline(c, c.$.calendar, c.$.now)!.instant;
  return { statutory: { ...clock, due, timer: schedule(c, null, due, true) } };
}

/** Marks the statutory clock fired: its `statutory-overdue` entry is written once. */
export function fireStatutoryClock(c: Ctx): Patch {
  return c.statutory ? { statutory: { ...c.statutory, timer: null, fired: true } } : {};
}

/**
 * Step clocks in the definition's node order. The stored snapshot is jsonb, which reorders object keys, so
 * iterating `clocks` directly would make effects and new timer ids depend on where the snapshot came from.
 */
export function clocksInFlowOrder(c: Ctx, clocks: Record<string, Clock> = c.clocks): [string, Clock][] {
  return [...c.$.flow.nodes.keys()].filter((id) => Object.hasOwn(clocks, id)).map((id) => [id, clocks[id]]);
}

/** Stops the item clock and every running step clock. */
export function pauseClocks(c: Ctx): Patch {
  cancel(c, null, c.item);
  const clocks: Record<string, Clock> = {};
  for (const [nodeId, clock] of clocksInFlowOrder(c)) {
    cancel(c, nodeId, clock);
    clocks[nodeId] = clock.fired ? clock : { ...clock, due: null, timer: null };
  }
  const item = c.item && !c.item.fired ? { ...c.item, due: null, timer: null } : c.item;
  return { item, clocks, ...holdStatutoryClock(c) };
}

/** Recomputes both item deadlines with the pauses and extension so far and schedules new timers. */
export function rescheduleItem(c: Ctx): Patch {
  const item = c.item;
  if (!item || item.fired || isItemClockStopped(c)) return rescheduleStatutory(c);
  cancel(c, null, item);
  const due = itemDeadline(c, c.$.calendar, c.$.now)!.instant;
  return { item: { ...item, due, timer: schedule(c, null, due) }, ...rescheduleStatutory(c) };
}

/** Recomputes every step deadline that has not fired yet with the pauses so far; new timers. */
export function rescheduleSteps(c: Ctx): Patch {
  const { calendar, now, flow } = c.$;
  const clocks: Record<string, Clock> = {};
  for (const [nodeId, clock] of clocksInFlowOrder(c)) {
    if (clock.fired) {
      clocks[nodeId] = clock;
      continue;
    }
    cancel(c, nodeId, clock);
    const due = stepDeadline(c, calendar, clock.start, stepDays(flow, nodeId) ?? 0, now).instant;
    clocks[nodeId] = { ...clock, due, timer: schedule(c, nodeId, due) };
  }
  return { clocks };
}

/** Entering a step that does not count toward the item limit: the item clock stops while it runs. */
export function holdItemClock(c: Ctx, nodeId: string, reason: string): Patch {
  if (!c.acceptedAt) return {};
  cancel(c, null, c.item);
  const item = c.item && !c.item.fired ? { ...c.item, due: null, timer: null } : c.item;
  const pauses = [...c.pauses, { from: c.$.now, to: null, reason, kind: 'site-survey' as const, node: nodeId }];
  return { item, pauses, ...holdStatutoryClock(c) };
}

/** Leaving such a step: the item clock runs again (unless a pause command still holds it). */
export function releaseItemClock(c: Ctx, nodeId: string): Patch {
  if (!c.pauses.some((p) => p.node === nodeId && p.to === null)) return {};
  const pauses = c.pauses.map((p) => (p.node === nodeId && p.to === null ? { ...p, to: c.$.now } : p));
  return { pauses, ...rescheduleItem({ ...c, pauses }) };
}
