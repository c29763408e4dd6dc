import { clocksInFlowOrder, stopItemClock } from './clocks';
import { leaveNode, patched } from './leave';
import { logged, type AnyEvent, type Ctx, type Patch } from './runtime';
import type { Outcome } from '../types';

/**
 * The item is finished: its clock stops for good, an open pause is closed, and anything still open
 * (nothing, when the flow left its nodes normally) is cancelled.
 */
export function finish(
  c: Ctx,
  e: AnyEvent,
  outcome: Outcome,
  nodeId: string | null,
  action = 'complete',
  note?: string,
): Patch {
  let s = patched(c, stopItemClock(c));
  for (const open of new Set([...s.tasks.map((t) => t.node), ...clocksInFlowOrder(c, s.clocks).map(([id]) => id)]))
    s = patched(s, leaveNode(s, open, { type: 'finish' }));
  const pauses = s.pauses.map((p) => (p.to === null ? { ...p, to: c.$.now } : p));
  return {
    item: s.item,
    statutory: s.statutory,
    tasks: s.tasks,
    clocks: s.clocks,
    verdicts: {},
    pauses,
    outcome,
    finishedAt: c.$.now,
    history: logged(c, e, action, nodeId, note ?? outcome),
  };
}
