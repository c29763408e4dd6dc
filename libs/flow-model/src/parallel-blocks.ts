import { forwardGraph, reachableFrom, type ForwardGraph, type GraphLike, type NodeLike } from './graph';

/** One branch of a parallel block: the nodes an item passes between the split and the join. */
export interface ParallelBranch {
  /** The edge leaving the `parallel` node. */
  edgeId: string;
  /** That edge's target (may be the join itself for an empty branch). */
  head: string;
  /** Nodes of the branch that lie on a path to the join, in definition order (escapes to an end excluded). */
  nodeIds: string[];
}

/** A `parallel` node with its matching `join`. */
export interface ParallelBlock {
  parallelId: string;
  joinId: string;
  branches: ParallelBranch[];
}

interface MatchState {
  graph: ForwardGraph;
  memo: Map<string, string | null>;
  inProgress: Set<string>;
}

/**
 * The `join` where every branch of `parallelId` meets, ignoring `return` edges and nested blocks.
 * A branch may also escape to an `end` (a reject edge); a branch whose paths reach no join, or
 * reach more than one, means there is no match.
 */
export function findMatchingJoin<N extends NodeLike>(
  def: GraphLike<N>,
  parallelId: string,
): (N & { type: 'join' }) | undefined {
  const graph = forwardGraph(def);
  const joinId = matchJoin({ graph, memo: new Map(), inProgress: new Set() }, parallelId);
  return joinId === null ? undefined : (graph.nodes.get(joinId) as N & { type: 'join' });
}

/** Every `parallel` node that has a matching join, with its branches, in definition order. */
export function parallelBlocks(def: GraphLike<NodeLike>): ParallelBlock[] {
  const graph = forwardGraph(def);
  const state: MatchState = { graph, memo: new Map(), inProgress: new Set() };
  const blocks: ParallelBlock[] = [];
  const order = new Map([...graph.nodes.keys()].map((id, i) => [id, i] as const));
  for (const node of graph.nodes.values()) {
    if (node.type !== 'parallel') continue;
    const joinId = matchJoin(state, node.id);
    if (joinId === null) continue;
    const leadsToJoin = reachableFrom([joinId], graph.predecessors);
    const branches = def.edges
      .filter((e) => e.source === node.id && e.on !== 'return' && graph.nodes.has(e.target))
      .map((e) => {
        const inside = reachableBefore(e.target, joinId, graph);
        const nodeIds = [...inside].filter((id) => leadsToJoin.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
        return { edgeId: e.id, head: e.target, nodeIds };
      });
    blocks.push({ parallelId: node.id, joinId, branches });
  }
  return blocks;
}

function matchJoin(state: MatchState, parallelId: string): string | null {
  const known = state.memo.get(parallelId);
  if (known !== undefined) return known;
  if (state.inProgress.has(parallelId) || state.graph.nodes.get(parallelId)?.type !== 'parallel') return null;
  state.inProgress.add(parallelId);
  const heads = state.graph.successors.get(parallelId) ?? [];
  let match: string | null | undefined = heads.length === 0 ? null : undefined;
  for (const head of heads) {
    const joins = firstJoins(state, head, parallelId);
    const [only] = joins;
    if (joins.size !== 1 || (match !== undefined && match !== only)) {
      match = null;
      break;
    }
    match = only;
  }
  state.inProgress.delete(parallelId);
  state.memo.set(parallelId, match ?? null);
  return match ?? null;
}

/** The joins a branch runs into first, jumping over nested blocks. */
function firstJoins(state: MatchState, head: string, parallelId: string): Set<string> {
  const { graph } = state;
  const joins = new Set<string>();
  const seen = new Set<string>();
  const stack = [head];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const type = graph.nodes.get(id)?.type;
    if (type === 'join') {
      joins.add(id);
      continue;
    }
    // A path back through the split itself is reported by validation, not followed.
    if (id === parallelId) continue;
    let from = id;
    if (type === 'parallel') {
      const inner = matchJoin(state, id);
      if (inner === null) continue;
      from = inner;
    }
    for (const m of graph.successors.get(from) ?? []) stack.push(m);
  }
  return joins;
}

/** Nodes reachable from `head` without passing through `stop`. */
function reachableBefore(head: string, stop: string, graph: ForwardGraph): Set<string> {
  const seen = new Set<string>();
  const stack = head === stop ? [] : [head];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const m of graph.successors.get(id) ?? []) if (m !== stop && !seen.has(m)) stack.push(m);
  }
  return seen;
}
