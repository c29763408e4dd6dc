import { FlowErrorCode, type FlowError } from '../flow-error';
import type { FlowNode } from '../flow-definition.schema';
import type { ParallelBlock, ParallelBranch } from '../parallel-blocks';
import { stronglyConnected } from '../strongly-connected';
import { nodeLabel, type FlowFacts } from './flow-facts';

/**
 * Node types where a step stops: the item waits for a person or a timer (acceptance, review) or is done
 * (end). Every other type is passed straight through.
 */
const STOPPING_TYPES: ReadonlySet<FlowNode['type']> = new Set(['acceptance', 'review', 'end']);

/**
 * No cycle of nodes the item passes straight through: one step would go round it for ever. A cycle
 * through a review or an acceptance is fine (the item waits there), and so is one through a parallel
 * block that cannot complete without waiting (its join needs a branch that holds a review).
 */
export function automaticCycleRules(facts: FlowFacts): FlowError[] {
  const errors: FlowError[] = [];
  for (const component of stronglyConnected(instantGraph(facts))) {
    // A cycle nothing leads out of, or into, is already an error of the structure rules.
    if (component.length < 2 || !component.some((id) => facts.reachable.has(id) && facts.leadsToEnd.has(id))) continue;
    const members = new Set(component);
    const cycle = facts.nodes.filter((n) => members.has(n.id)).map((n) => n.id);
    const names = cycle.map((id) => nodeLabel(facts.graph.nodes.get(id)!)).join('→');
    for (const id of cycle) {
      errors.push({
        code: FlowErrorCode.AUTOMATIC_CYCLE,
        nodeId: id,
        message: `节点 ${names} 构成不经任何人工办理或计时等待的循环，办件会在其中无限流转`,
      });
    }
  }
  return errors;
}

/**
 * The moves an item makes without waiting: forward edges between pass-through nodes, except that a
 * branch does not lead into its join; instead the split leads to the join when enough branches (the
 * join's policy) pass straight through. Nested blocks are settled first, by repeating until nothing changes.
 */
function instantGraph({ graph, blocks }: FlowFacts): Map<string, string[]> {
  const passes = (id: string) => !STOPPING_TYPES.has(graph.nodes.get(id)!.type);
  // A block's split and branch nodes, which reach its join only by the join's policy.
  const insideOf = new Map(
    blocks.map((b) => [b.joinId, new Set([b.parallelId, ...b.branches.flatMap((br) => br.nodeIds)])]),
  );
  const next = new Map<string, string[]>();
  for (const [id, successors] of graph.successors) {
    if (passes(id))
      next.set(
        id,
        successors.filter((to) => passes(to) && !insideOf.get(to)?.has(id)),
      );
  }
  const pending = new Set(blocks.filter((b) => passes(b.parallelId) && passes(b.joinId)));
  for (let changed = true; changed;) {
    changed = false;
    for (const block of pending) {
      const join = graph.nodes.get(block.joinId)!;
      if (
        block.branches.filter((br) => branchPasses(br, block.joinId, next, graph.successors)).length < need(block, join)
      )
        continue;
      next.get(block.parallelId)!.push(block.joinId);
      pending.delete(block);
      changed = true;
    }
  }
  return next;
}

/** A branch whose head reaches the join through pass-through nodes of the branch alone. */
function branchPasses(
  branch: ParallelBranch,
  joinId: string,
  next: Map<string, string[]>,
  successors: Map<string, string[]>,
): boolean {
  if (branch.head === joinId) return true;
  const inside = new Set(branch.nodeIds);
  const seen = new Set<string>();
  const stack = next.has(branch.head) ? [branch.head] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (successors.get(id)?.includes(joinId)) return true;
    for (const to of next.get(id) ?? []) if (inside.has(to)) stack.push(to);
  }
  return false;
}

/** Finished branches the join waits for; a policy this rule does not know counts as `all`. */
function need(block: ParallelBlock, join: FlowNode): number {
  const policy = join.type === 'join' ? (join.policy as unknown) : 'all';
  if (policy === 'any') return 1;
  if (typeof policy === 'object' && policy !== null && 'atLeast' in policy && typeof policy.atLeast === 'number')
    return Math.min(policy.atLeast, block.branches.length);
  return block.branches.length;
}
