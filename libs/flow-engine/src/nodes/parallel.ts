import type { ParallelNode } from '@tongban/flow-model';
import { branchDoneId } from '../compile/builder';
import { regionOf } from '../compile/placement';
import { EngineError } from '../errors';
import { act, when, without } from '../runtime/runtime';
import type { NodeKind, StateConfig } from './node-kind';

/**
 * `parallel … join`: an XState parallel state, one region per branch, each ending in a `$done` state
 * that counts itself in `joins`. The block is left by a guarded eventless transition once the join's policy
 * (all / any / atLeast) is met; leaving exits the unfinished regions, which cancels their tasks and timers.
 */
export const parallelKind: NodeKind<ParallelNode> = {
  state(node, b) {
    const block = b.flow.blocks.get(node.id)!;
    const id = node.id;
    const regions: Record<string, StateConfig> = {};
    block.heads.forEach((head, i) => {
      const states = b.states(regionOf(id, i));
      const headKey = b.flow.keys.get(head)!;
      if (head !== block.joinId && !(headKey in states)) {
        throw new EngineError('INVALID_DEFINITION', `Branch ${i} of ${id} starts at ${head}, which other paths share`);
      }
      // Not a final state: the join counts branches itself, and a final state would only add XState
      // done events to process on every step.
      states.$done = {
        id: branchDoneId(b.flow, id, i),
        entry: act((c) => ({ joins: { ...c.joins, [id]: (c.joins[id] ?? 0) + 1 } })),
      };
      regions[`$${i}`] = { initial: head === block.joinId ? '$done' : headKey, states };
    });
    return {
      id: b.flow.keys.get(id),
      type: 'parallel',
      // A consolidating join starts each round with no opinions (a return may bring the item back here).
      entry: act((c) => ({
        joins: { ...c.joins, [id]: 0 },
        ...(b.flow.leadOf.has(block.joinId) && { opinions: { ...c.opinions, [block.joinId]: [] } }),
      })),
      exit: act((c) => ({ joins: without(c.joins, id) })),
      states: regions,
      always: { guard: when((c) => (c.joins[id] ?? 0) >= block.need), target: `#${b.flow.keys.get(block.joinId)}` },
    };
  },
};
