import type { AcceptanceNode } from '@tongban/flow-model';
import { EngineError, ensure } from '../errors';
import { startStepClock } from '../runtime/clocks';
import { leaveNode, patched } from '../runtime/leave';
import { act, when } from '../runtime/runtime';
import { stepTimedOut } from '../runtime/timeouts';
import type { NotifyMissingEvent, RejectEvent, SupplementEvent } from '../types';
import { accept, notifyMissing, refuse, supplement } from './acceptance-actions';
import type { NodeKind } from './node-kind';
import { outcomeTarget, tacitRoute } from './routes';

/** Materials the node does not know (a node listing none takes any code). */
function unknownCodes(node: AcceptanceNode, codes: readonly string[]): string[] {
  if (node.materials.length === 0) return [];
  const known = new Set(node.materials.map((m) => m.code));
  return codes.filter((code) => !known.has(code));
}

/**
 * `acceptance` (受理): accept, the one-time notice, the applicant's supplement, refusal. Its step clock
 * runs from submission; `tacit-approve` on it means the application counts as accepted.
 */
export const acceptanceKind: NodeKind<AcceptanceNode> = {
  commands: ['accept', 'notify-missing', 'supplement', 'reject'],

  check(node, e, s) {
    if (e.type === 'accept') {
      const held = new Set(s.materials);
      const absent = node.materials.filter((m) => m.required && !held.has(m.code)).map((m) => m.code);
      const missing = [...new Set([...s.missing, ...absent])];
      ensure(missing.length === 0, 'MATERIALS_INCOMPLETE', `Materials missing: ${missing.join(', ')}`);
    } else if (e.type === 'notify-missing' || e.type === 'supplement') {
      const codes = (e.type === 'supplement' ? e.materials : e.missing) as string[];
      const unknown = unknownCodes(node, codes);
      if (unknown.length > 0) throw new EngineError('UNKNOWN_MATERIAL', `Unknown materials: ${unknown.join(', ')}`);
      if (e.type === 'notify-missing' && s.notified && e.force !== true) {
        throw new EngineError(
          'MISSING_MATERIALS_ALREADY_NOTIFIED',
          'The applicant has already been told every missing material once (一次性告知)',
        );
      }
    }
  },

  state(node, b) {
    const id = node.id;
    const mine = when((c, e) => e.type === 'timer' && c.clocks[id]?.timer === (e as { timerId: string }).timerId);
    return {
      id: b.flow.keys.get(id),
      entry: act((c) => startStepClock(c, id)),
      exit: act((c, e) => leaveNode(c, id, e)),
      on: {
        accept: { target: outcomeTarget(b, id, 'accept') ?? undefined, actions: act((c, e) => accept(c, e, node)) },
        'notify-missing': { actions: act((c, e) => notifyMissing(c, e as NotifyMissingEvent, node)) },
        supplement: { actions: act((c, e) => supplement(c, e as SupplementEvent, node)) },
        reject: {
          target: outcomeTarget(b, id, 'reject') ?? undefined,
          actions: act((c, e) => refuse(c, e as RejectEvent, node)),
        },
        timer: {
          guard: mine,
          actions: act((c, e) => {
            const lapsed = stepTimedOut(c, e, id);
            return node.onTimeout === 'tacit-approve'
              ? { ...lapsed, ...accept(patched(c, lapsed), e, node, true) }
              : lapsed;
          }),
        },
      },
      always: tacitRoute(b, id, 'accept'),
    };
  },
};
