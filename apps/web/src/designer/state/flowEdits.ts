import type { FlowDefinition, FlowEdge, FlowNode } from '@tongban/flow-model';
import type { XY } from '../types';

// Every edit returns a new definition and keeps untouched nodes and edges as the same objects,
// so memoised cards re-render only when their own node changes.

export type NodePatch = Partial<Omit<FlowNode, 'id' | 'type'>> & Record<string, unknown>;
export type EdgePatch = Partial<Omit<FlowEdge, 'id' | 'source' | 'target'>>;
export type FlowHeaderPatch = Partial<Pick<FlowDefinition, 'key' | 'name' | 'description' | 'timeLimit'>>;

/** Applies a patch; a key set to `undefined` is removed, so optional fields can be cleared. */
function patched<T extends object>(value: T, patch: object): T {
  const next = { ...value } as Record<string, unknown>;
  for (const [key, field] of Object.entries(patch)) {
    if (field === undefined) delete next[key];
    else next[key] = field;
  }
  return next as T;
}

export function addNode(def: FlowDefinition, node: FlowNode, position: XY, edges: FlowEdge[] = []): FlowDefinition {
  return {
    ...def,
    nodes: [...def.nodes, node],
    edges: edges.length ? [...def.edges, ...edges] : def.edges,
    layout: { ...def.layout, [node.id]: position },
  };
}

export function addEdge(def: FlowDefinition, edge: FlowEdge): FlowDefinition {
  return { ...def, edges: [...def.edges, edge] };
}

export function updateNode(def: FlowDefinition, id: string, patch: NodePatch): FlowDefinition {
  return { ...def, nodes: def.nodes.map((node) => (node.id === id ? patched(node, patch) : node)) };
}

export function updateEdge(def: FlowDefinition, id: string, patch: EdgePatch): FlowDefinition {
  return { ...def, edges: def.edges.map((edge) => (edge.id === id ? patched(edge, patch) : edge)) };
}

export function updateHeader(def: FlowDefinition, patch: FlowHeaderPatch): FlowDefinition {
  return patched(def, patch);
}

export function moveNodes(def: FlowDefinition, positions: Record<string, XY>): FlowDefinition {
  return { ...def, layout: { ...def.layout, ...positions } };
}

/** Removes nodes with every edge touching them, plus the given edges: one delete, one undo step. */
export function removeElements(
  def: FlowDefinition,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): FlowDefinition {
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  const layout = { ...def.layout };
  for (const id of goneNodes) delete layout[id];
  return {
    ...def,
    nodes: def.nodes.filter((node) => !goneNodes.has(node.id)),
    edges: def.edges.filter(
      (edge) => !goneEdges.has(edge.id) && !goneNodes.has(edge.source) && !goneNodes.has(edge.target),
    ),
    layout,
  };
}

/** Moves an edge one place earlier or later among its source's edges: a condition tries them in order. */
export function reorderEdge(def: FlowDefinition, id: string, direction: -1 | 1): FlowDefinition {
  const index = def.edges.findIndex((edge) => edge.id === id);
  if (index < 0) return def;
  const source = def.edges[index].source;
  let other = index + direction;
  while (other >= 0 && other < def.edges.length && def.edges[other].source !== source) other += direction;
  if (other < 0 || other >= def.edges.length) return def;
  const edges = [...def.edges];
  [edges[index], edges[other]] = [edges[other], edges[index]];
  return { ...def, edges };
}

export { insertAfter } from '../utils/insertAfter';
