import type { AcceptanceNode } from '@tongban/flow-model';
import { startItemClock, startStepClock, stopStepClock } from '../runtime/clocks';
import { patched } from '../runtime/leave';
import { emit, logged, type AnyEvent, type Ctx, type Patch } from '../runtime/runtime';
import { nameOf } from '../runtime/timeouts';
import type { NotifyMissingEvent, RejectEvent, SupplementEvent } from '../types';
import { materialCodes } from '../engine/event-shape';

const actorOf = (e: AnyEvent): string | null =>
  'actor' in e && typeof e.actor === 'string' && e.actor ? e.actor : null;

/** 受理: the item clock starts (once: a later pass through acceptance keeps the first acceptance). */
export function accept(c: Ctx, e: AnyEvent, node: AcceptanceNode, tacit = false): Patch {
  const acceptedAt = tacit ? (c.clocks[node.id]?.start ?? c.$.now) : c.$.now;
  const clock = c.acceptedAt ? {} : startItemClock(c, acceptedAt);
  return {
    ...clock,
    owner: tacit ? c.owner : (c.owner ?? actorOf(e)),
    history: logged(c, e, 'accept', node.id, tacit ? '逾期未作处理，视为受理' : undefined),
  };
}

/** 一次性告知: one notice listing every missing material; a forced second notice is a recorded fault. */
export function notifyMissing(c: Ctx, e: NotifyMissingEvent, node: AcceptanceNode): Patch {
  const missing = [...new Set(materialCodes(e.missing))];
  if (c.notified) {
    emit(c, {
      type: 'accountability',
      kind: 'second-notice',
      department: node.department ?? null,
      officer: e.actor,
      nodeId: node.id,
      note: `「${nameOf(c, node.id)}」对同一申请再次告知补正材料`,
    });
  }
  const names = new Map(node.materials.map((m) => [m.code, m.name]));
  emit(c, {
    type: 'notify',
    to: 'applicant',
    template: 'missing-materials',
    payload: {
      applicationId: c.applicationId,
      applicant: c.applicant,
      missing: missing.map((code) => ({ code, name: names.get(code) ?? code })),
      note: e.note ?? '',
    },
  });
  // The notice answers the acceptance limit; the clock starts again once the supplement is complete.
  const { clocks = c.clocks } = stopStepClock(c, node.id);
  return {
    clocks,
    missing,
    notified: true,
    owner: c.owner ?? e.actor,
    history: logged(c, e, 'notify-missing', node.id, [missing.join(','), e.note].filter(Boolean).join('：')),
  };
}

/** 补正: the applicant's answer; once nothing named in the notice is missing, acceptance starts over. */
export function supplement(c: Ctx, e: SupplementEvent, node: AcceptanceNode): Patch {
  const supplied = new Set(materialCodes(e.materials));
  const materials = [...new Set([...c.materials, ...supplied])];
  const missing = c.missing.filter((code) => !supplied.has(code));
  const s = patched(c, { materials, missing });
  const restarted = c.missing.length > 0 && missing.length === 0 ? startStepClock(s, node.id) : {};
  return { ...restarted, materials, missing, history: logged(c, e, 'supplement', node.id, [...supplied].join(',')) };
}

/** 不予受理: refused in writing with the reason. */
export function refuse(c: Ctx, e: RejectEvent, node: AcceptanceNode): Patch {
  emit(c, {
    type: 'notify',
    to: 'applicant',
    template: 'acceptance-refused',
    payload: { applicationId: c.applicationId, applicant: c.applicant, reason: e.reason },
  });
  return {
    owner: c.owner ?? e.actor,
    history: logged(c, e, 'reject', node.id, e.reason),
  };
}
