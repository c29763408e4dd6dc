import { type AcceptanceNode, requiredMaterialCodes } from '@tongban/flow-model';
import { policyOf } from '../policy/center-policy';
import type { Clock, InstanceState } from '../types';
import { emit, type AnyEvent, type Ctx, type Patch } from './runtime';

/**
 * What an item owes: every material required by its catalog item or by the acceptance node that it does
 * not hold, in the node's order, then the catalog's.
 */
export function owedMaterials(s: InstanceState, node: AcceptanceNode): string[] {
  const held = new Set(s.materials);
  const required = [...requiredMaterialCodes(node.materials), ...(s.required ?? [])];
  return [...new Set(required)].filter((code) => !held.has(code));
}

/** The material codes a command at this node may name (a node and catalog listing none take any code). */
export function knownMaterials(s: InstanceState, node: AcceptanceNode): Set<string> | null {
  if (node.materials.length === 0 && !s.required?.length) return null;
  return new Set([...node.materials.map((m) => m.code), ...(s.required ?? [])]);
}

/** The intake clocks a timer id may belong to (§32 deemed acceptance, the supplement deadline). */
export function intakeClocks(s: InstanceState): Clock[] {
  return [s.deemed, s.supplementDue].filter((clock): clock is Clock => !!clock);
}

function scheduleIntake(c: Ctx, days: number, purpose: 'deemed-acceptance' | 'supplement-deadline'): Clock {
  const start = c.$.now;
  const due = c.$.calendar.deadlineOf({ acceptedAt: start, days, at: start }).instant;
  const timer = c.$.newId();
  emit(c, { type: 'timer.schedule', timerId: timer, dueAt: due, nodeId: null, purpose });
  return { start, due, timer };
}

/** A timer that fired is spent: only a pending one is cancelled. */
function cancelIntake(c: Ctx, clock: Clock | null | undefined, e: AnyEvent): void {
  const firing = e.type === 'timer' && (e as { timerId?: string }).timerId === clock?.timer;
  if (clock?.timer && !firing) emit(c, { type: 'timer.cancel', timerId: clock.timer, nodeId: null });
}

/**
 * §32: from receipt (or the complete supplement) the center has `deemedAcceptanceDays` working days to
 * accept or answer with a notice. Only an item not yet accepted runs this clock; null in the policy: off.
 */
export function startDeemedClock(c: Ctx): Patch {
  const days = policyOf(c).deemedAcceptanceDays;
  if (c.acceptedAt || days === null) return {};
  return { deemed: scheduleIntake(c, days, 'deemed-acceptance') };
}

export function stopDeemedClock(c: Ctx, e: AnyEvent): Patch {
  if (!c.deemed) return {};
  cancelIntake(c, c.deemed, e);
  return { deemed: null };
}

/** 补正期限: every notice gives the applicant `supplementDays` working days from the notice. */
export function startSupplementClock(c: Ctx, e: AnyEvent): Patch {
  cancelIntake(c, c.supplementDue, e);
  return { supplementDue: scheduleIntake(c, policyOf(c).supplementDays, 'supplement-deadline') };
}

export function stopSupplementClock(c: Ctx, e: AnyEvent): Patch {
  if (!c.supplementDue) return {};
  cancelIntake(c, c.supplementDue, e);
  return { supplementDue: null };
}

/** Whether a timer event is the current timer of this intake clock. */
export const isIntakeTimer = (clock: Clock | null | undefined, e: AnyEvent): boolean =>
  e.type === 'timer' && !!clock?.timer && clock.timer === (e as { timerId?: string }).timerId;

/** A command pause of kind `supplement` holds the item: it waits for the applicant (补正). */
export function isSupplementPause(s: InstanceState): boolean {
  return s.pauses.some((p) => p.to === null && p.node === undefined && p.kind === 'supplement');
}
