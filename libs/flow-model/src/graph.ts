import type { FlowEdge, FlowNode } from './flow-definition.schema';

/** The least a definition must have for graph walks; parsed definitions and raw inputs both fit. */
export interface NodeLike {
  id: string;
  type: string;
}

export interface GraphLike<N extends NodeLike = FlowNode> {
  nodes: readonly N[];
  edges: readonly FlowEdge[];
}

/** The first node with this id (duplicates are a validation error). */
export function nodeById<N extends NodeLike>(def: GraphLike<N>, id: string): N | undefined {
  return def.nodes.find((n) => n.id === id);
}

/** Edges leaving `nodeId`, in definition order (the order `condition` edges are tried in). */
export function outgoingEdges(def: GraphLike<NodeLike>, nodeId: string): FlowEdge[] {
  return def.edges.filter((e) => e.source === nodeId);
}

/** Edges entering `nodeId`, in definition order. */
export function incomingEdges(def: GraphLike<NodeLike>, nodeId: string): FlowEdge[] {
  return def.edges.filter((e) => e.target === nodeId);
}

/** `return` edges send an item back to an earlier node; the structure of a flow ignores them. */
export function isReturnEdge(edge: FlowEdge): boolean {
  return edge.on === 'return';
}

/**
 * Adjacency over forward edges (every edge but `return`) whose both ends exist.
 * Successor lists keep edge order and may repeat a node when two edges share a target.
 */
export interface ForwardGraph<N extends NodeLike = NodeLike> {
  nodes: Map<string, N>;
  successors: Map<string, string[]>;
  predecessors: Map<string, string[]>;
}

export function forwardGraph<N extends NodeLike>(def: GraphLike<N>): ForwardGraph<N> {
  const nodes = new Map<string, N>();
  for (const n of def.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const id of nodes.keys()) {
    successors.set(id, []);
    predecessors.set(id, []);
  }
  for (const e of def.edges) {
    if (isReturnEdge(e) || !nodes.has(e.source) || !nodes.has(e.target)) continue;
    successors.get(e.source)!.push(e.target);
    predecessors.get(e.target)!.push(e.source);
  }
  return { nodes, successors, predecessors };
}

/** Every node reachable from `roots` along `next` (roots included). */
export function reachableFrom(roots: Iterable<string>, next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const m of next.get(id) ?? []) if (!seen.has(m)) stack.push(m);
  }
  return seen;
}
