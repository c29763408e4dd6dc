import type { AcceptanceNode } from '@tongban/flow-model';
import { EngineError, ensure } from '../errors';
import { startStepClock } from '../runtime/clocks';
import {
  isIntakeTimer,
  knownMaterials,
  owedMaterials,
  startDeemedClock,
  stopDeemedClock,
  stopSupplementClock,
} from '../runtime/intake-clocks';
import { leaveNode, patched } from '../runtime/leave';
import { act, when } from '../runtime/runtime';
import { stepTimedOut } from '../runtime/timeouts';
import type { InstanceState, NotifyMissingEvent, RejectEvent, SupplementEvent } from '../types';
import { accept, deemedAccept, notifyMissing, refuse, supplement, supplementLapsed } from './acceptance-actions';
import type { NodeKind } from './node-kind';
import { outcomeTarget, tacitRoute } from './routes';

/** Materials neither the node nor the catalog item knows (when both list none, any code goes). */
function unknownCodes(node: AcceptanceNode, s: InstanceState, codes: readonly string[]): string[] {
  const known = knownMaterials(s, node);
  return known ? codes.filter((code) => !known.has(code)) : [];
}

/** 一次性告知 is one complete list: what the item owes and neither this notice nor the open list names. */
function leftOutOfNotice(node: AcceptanceNode, s: InstanceState, listed: readonly string[]): string[] {
  const named = new Set([...s.missing, ...listed]);
  return owedMaterials(s, node).filter((code) => !named.has(code));
}

/**
 * `acceptance` (受理): accept, the one-time notice, the applicant's supplement, refusal. Its step clock
 * runs from submission; `tacit-approve` on it means the application counts as accepted. Beside it, before
 * the first acceptance, runs the §32 clock (policy `deemedAcceptanceDays`): whichever lapses first
 * accepts as of receipt; accepting, a notice or a refusal stops both.
 */
export const acceptanceKind: NodeKind<AcceptanceNode> = {
  commands: ['accept', 'notify-missing', 'supplement', 'reject'],

  check(node, e, s) {
    if (e.type === 'accept') {
      const missing = [...new Set([...s.missing, ...owedMaterials(s, node)])];
      ensure(missing.length === 0, 'MATERIALS_INCOMPLETE', `材料不齐，尚缺：${missing.join('、')}`);
    } else if (e.type === 'notify-missing' || e.type === 'supplement') {
      const codes = (e.type === 'supplement' ? e.materials : e.missing) as string[];
      const unknown = unknownCodes(node, s, codes);
      if (unknown.length > 0) throw new EngineError('UNKNOWN_MATERIAL', `事项没有这些材料：${unknown.join('、')}`);
      if (e.type === 'notify-missing' && s.notified && e.force !== true) {
        throw new EngineError(
          'MISSING_MATERIALS_ALREADY_NOTIFIED',
          '已向申请人一次性告知过需补正的全部材料，不能再次告知',
        );
      }
      const leftOut = e.type === 'notify-missing' ? leftOutOfNotice(node, s, codes) : [];
      if (leftOut.length > 0) {
        throw new EngineError('NOTICE_INCOMPLETE', `一次性告知须列明全部缺少的材料，遗漏：${leftOut.join('、')}`, {
          missing: leftOut,
        });
      }
    }
  },

  state(node, b) {
    const id = node.id;
    const mine = when((c, e) => e.type === 'timer' && c.clocks[id]?.timer === (e as { timerId: string }).timerId);
    return {
      id: b.flow.keys.get(id),
      entry: act((c) => {
        const s = patched(c, startStepClock(c, id));
        return { clocks: s.clocks, ...startDeemedClock(s) };
      }),
      exit: act((c, e) => ({ ...leaveNode(c, id, e), ...stopDeemedClock(c, e), ...stopSupplementClock(c, e) })),
      on: {
        accept: { target: outcomeTarget(b, id, 'accept') ?? undefined, actions: act((c, e) => accept(c, e, node)) },
        'notify-missing': { actions: act((c, e) => notifyMissing(c, e as NotifyMissingEvent, node)) },
        supplement: { actions: act((c, e) => supplement(c, e as SupplementEvent, node)) },
        reject: {
          target: outcomeTarget(b, id, 'reject') ?? undefined,
          actions: act((c, e) => refuse(c, e as RejectEvent, node)),
        },
        timer: [
          {
            guard: mine,
            actions: act((c, e) => {
              const lapsed = stepTimedOut(c, e, id);
              return node.onTimeout === 'tacit-approve'
                ? { ...lapsed, ...accept(patched(c, lapsed), e, node, true) }
                : lapsed;
            }),
          },
          { guard: when((c, e) => isIntakeTimer(c.deemed, e)), actions: act((c, e) => deemedAccept(c, e, node)) },
          {
            guard: when((c, e) => isIntakeTimer(c.supplementDue, e)),
            target: '#$withdrawn',
            actions: act((c) => supplementLapsed(c)),
          },
        ],
      },
      always: tacitRoute(b, id, 'accept'),
    };
  },
};
