import type { AcceptanceNode } from '@tongban/flow-model';
import { isPaused, startItemClock, startStepClock, stopStepClock } from '../runtime/clocks';
import {
  isSupplementPause,
  owedMaterials,
  startDeemedClock,
  startSupplementClock,
  stopDeemedClock,
  stopSupplementClock,
} from '../runtime/intake-clocks';
import { pause, resume } from '../runtime/item-commands';
import { patched } from '../runtime/leave';
import { act, emit, logged, type AnyEvent, type Ctx, type Patch } from '../runtime/runtime';
import { nameOf } from '../runtime/timeouts';
import type { NotifyMissingEvent, RejectEvent, SupplementEvent } from '../types';
import { materialCodes } from '../engine/event-shape';
import { policyOf } from '../policy/center-policy';

const actorOf = (e: AnyEvent): string | null =>
  'actor' in e && typeof e.actor === 'string' && e.actor ? e.actor : null;

/** 受理: the item clock starts (once: a later pass through acceptance keeps the first acceptance). */
export function accept(c: Ctx, e: AnyEvent, node: AcceptanceNode, tacit = false): Patch {
  const acceptedAt = tacit ? (c.clocks[node.id]?.start ?? c.$.now) : c.$.now;
  const clock = c.acceptedAt ? {} : startItemClock(c, acceptedAt);
  return {
    ...clock,
    ...stopDeemedClock(c, e),
    owner: tacit ? c.owner : (c.owner ?? actorOf(e)),
    history: logged(c, e, 'accept', node.id, tacit ? '逾期未作处理，视为受理' : undefined),
  };
}

/**
 * §32: neither accepted nor answered with a notice in time, the application counts as accepted from its
 * receipt (or its complete supplement); materials it lacks stay owed. The lapse is the window's.
 */
export function deemedAccept(c: Ctx, e: AnyEvent, node: AcceptanceNode): Patch {
  const receipt = c.deemed?.start ?? c.$.now;
  const missing = [...new Set([...c.missing, ...owedMaterials(c, node)])];
  const note = `「${nameOf(c, node.id)}」${policyOf(c).deemedAcceptanceDays}个工作日内既未受理也未一次性告知，自收到申请材料之日起视为受理`;
  emit(c, {
    type: 'accountability',
    kind: 'deemed-accepted',
    department: node.department ?? 'center',
    officer: c.owner,
    nodeId: node.id,
    note,
  });
  emit(c, {
    type: 'notify',
    to: 'applicant',
    template: 'deemed-accepted',
    payload: { applicationId: c.applicationId, applicant: c.applicant, acceptedAt: receipt, missing },
  });
  return {
    ...startItemClock(c, receipt),
    deemed: null,
    missing,
    verdicts: { ...c.verdicts, [node.id]: 'approve' },
    history: logged(c, e, 'deemed-accept', node.id, note),
  };
}

/**
 * 一次性告知: the notice names what is owed; a forced second one adds to the open list. Before acceptance
 * it answers the acceptance limit (the clocks start again at the complete supplement); after acceptance it
 * pauses the item (kind `supplement`). Either way the applicant has until the supplement deadline.
 */
export function notifyMissing(c: Ctx, e: NotifyMissingEvent, node: AcceptanceNode): Patch {
  const missing = [...new Set([...c.missing, ...materialCodes(e.missing)])];
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
  let s = patched(c, stopStepClock(c, node.id));
  s = patched(s, stopDeemedClock(s, e));
  s = patched(s, startSupplementClock(s, e));
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
      supplementDeadline: s.supplementDue?.due ?? null,
    },
  });
  s = patched(s, {
    missing,
    notified: true,
    owner: c.owner ?? e.actor,
    history: logged(c, e, 'notify-missing', node.id, [missing.join(','), e.note].filter(Boolean).join('：')),
  });
  if (c.acceptedAt && !isPaused(c)) {
    s = patched(s, pause(s, { type: 'pause', actor: e.actor, reason: '一次性告知，等待补正', kind: 'supplement' }));
  }
  const { clocks, deemed, supplementDue, item, pauses, history, owner, notified } = s;
  return { clocks, deemed, supplementDue, item, pauses, history, owner, notified, missing };
}

/**
 * 补正: the applicant's answer. When it completes what is owed, the supplement deadline is off, a
 * supplement pause ends (the clock resumes where it stopped) and, at acceptance, its clocks start again.
 * `node` null: a supplement after the item left acceptance (materials still owed, or a supplement pause).
 */
export function supplement(c: Ctx, e: SupplementEvent, node: AcceptanceNode | null): Patch {
  const supplied = new Set(materialCodes(e.materials));
  const materials = [...new Set([...c.materials, ...supplied])];
  const missing = c.missing.filter((code) => !supplied.has(code));
  const history = logged(c, e, 'supplement', node?.id ?? null, [...supplied].join(','));
  const owed = c.missing.length > 0;
  if (missing.length > 0 || !(owed || isSupplementPause(c))) return { materials, missing, history };
  let s = patched(c, { materials, missing, history, ...stopSupplementClock(c, e) });
  if (isSupplementPause(s)) s = patched(s, resume(s, { actor: e.actor }));
  if (owed && node) {
    s = patched(s, startStepClock(s, node.id));
    s = patched(s, startDeemedClock(s));
  }
  return {
    materials,
    missing,
    history: s.history,
    supplementDue: s.supplementDue,
    pauses: s.pauses,
    item: s.item,
    clocks: s.clocks,
    deemed: s.deemed,
  };
}

/** The machine root's handler: a supplement once the item has left acceptance (checked by `checkCommand`). */
export const lateSupplementHandler = { actions: act((c, e) => supplement(c, e as SupplementEvent, null)) };

/** The supplement deadline passed with materials owed: 视为撤回, and the applicant is told. */
export function supplementLapsed(c: Ctx): Patch {
  emit(c, {
    type: 'notify',
    to: 'applicant',
    template: 'supplement-lapsed',
    payload: { applicationId: c.applicationId, applicant: c.applicant, missing: c.missing },
  });
  return { supplementDue: null };
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
