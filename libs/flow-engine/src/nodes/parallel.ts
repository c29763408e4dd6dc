import { voteResult, type ParallelNode } from '@tongban/flow-model';
import { nodeOf } from '../compile/flow-index';
import { regionOf } from '../compile/placement';
import { branchDoneId } from '../compile/state-ids';
import { EngineError } from '../errors';
import { act, when, without, type AnyEvent, type Ctx } from '../runtime/runtime';
import { leadIn, runLeadIns, type LeadIn } from './branch-lead-in';
import type { NodeKind, StateConfig } from './node-kind';

/** A branch arrives at its join by a reject (an `on: "reject"` edge into the join). */
const arrivesRejecting = (e: AnyEvent) => e.type === 'decide' && (e as { decision?: string }).decision === 'reject';

/**
 * `parallel … join`: an XState parallel state, one region per branch, each ending in a `$done` state
 * that counts itself in `joins` (and, arriving by a reject, in `vetoes`). The block is left by a guarded
 * eventless transition once the join's vote rule (all / any / atLeast / percent) is decided: approved,
 * the item goes on to the join; rejected (so many branches rejected that enough can no longer approve),
 * the item ends rejected. Leaving exits the unfinished regions, which cancels their tasks and timers. A
 * consolidating join counts arrivals only: its lead department weighs the rejects.
 * Each branch starts past the notifications and certificates it begins with (see branch-lead-in.ts).
 */
export const parallelKind: NodeKind<ParallelNode> = {
  state(node, b) {
    const block = b.flow.blocks.get(node.id)!;
    const id = node.id;
    const policy = nodeOf(b.flow, block.joinId, 'join').policy;
    const consolidating = b.flow.leadOf.has(block.joinId);
    const regions: Record<string, StateConfig> = {};
    const leadIns: LeadIn[] = [];
    block.heads.forEach((head, i) => {
      const states = b.states(regionOf(id, i));
      const lead = leadIn(b, block, i, regionOf(id, i));
      if (lead.stop !== null) leadIns.push(lead);
      const headKey = b.flow.keys.get(head)!;
      if (head !== block.joinId && !(headKey in states)) {
        throw new EngineError('INVALID_DEFINITION', `并行节点 ${id} 的第 ${i} 个分支起点 ${head} 与其他路径共用`);
      }
      // Not a final state: the join counts branches itself, and a final state would only add XState
      // done events to process on every step.
      states.$done = {
        id: branchDoneId(b.flow, id, i),
        entry: act((c, e) => ({
          joins: { ...c.joins, [id]: (c.joins[id] ?? 0) + 1 },
          ...(!consolidating && arrivesRejecting(e) && { vetoes: { ...c.vetoes, [id]: (c.vetoes?.[id] ?? 0) + 1 } }),
        })),
      };
      regions[`$${i}`] = { initial: lead.stop ?? (head === block.joinId ? '$done' : headKey), states };
    });
    const result = (c: Ctx) => {
      const reject = c.vetoes?.[id] ?? 0;
      return voteResult(policy, { of: block.heads.length, approve: (c.joins[id] ?? 0) - reject, reject });
    };
    return {
      id: b.flow.keys.get(id),
      type: 'parallel',
      // A consolidating join starts each round with no opinions (a return may bring the item back here).
      entry: act((c) => ({
        ...runLeadIns(c, leadIns),
        joins: { ...c.joins, [id]: 0 },
        ...(consolidating && { opinions: { ...c.opinions, [block.joinId]: [] } }),
      })),
      exit: act((c) => ({ joins: without(c.joins, id), ...(c.vetoes && { vetoes: without(c.vetoes, id) }) })),
      states: regions,
      always: [
        { guard: when((c) => result(c) === 'approve'), target: `#${b.flow.keys.get(block.joinId)}` },
        { guard: when((c) => result(c) === 'reject'), target: '#$rejected' },
      ],
    };
  },
};
