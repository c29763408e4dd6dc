import type { FlowDefinition, FlowEdge, FlowNode } from '@tongban/flow-model';
import type { XY } from '../types';
import { freshId } from './newNode';

/** Copied nodes with the edges between them and their positions. */
export interface FlowFragment {
  nodes: FlowNode[];
  edges: FlowEdge[];
  layout: Record<string, XY>;
}

export function copyFragment(def: FlowDefinition, nodeIds: readonly string[]): FlowFragment | null {
  const ids = new Set(nodeIds);
  const nodes = def.nodes.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return null;
  const layout: Record<string, XY> = {};
  for (const node of nodes) if (def.layout?.[node.id]) layout[node.id] = def.layout[node.id];
  return { nodes, edges: def.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)), layout };
}

/** The fragment with fresh ids (`review-3`), moved by `offset`, ready to append to `def`. */
export function renameFragment(
  def: FlowDefinition,
  fragment: FlowFragment,
  offset: XY,
): FlowFragment & { ids: string[] } {
  const usedNodes = new Set(def.nodes.map((node) => node.id));
  const usedEdges = new Set(def.edges.map((edge) => edge.id));
  const rename = new Map<string, string>();
  for (const node of fragment.nodes) {
    const id = freshId(usedNodes, node.type);
    usedNodes.add(id);
    rename.set(node.id, id);
  }
  const nodes = fragment.nodes.map((node) => ({ ...node, id: rename.get(node.id)! }));
  const edges = fragment.edges.map((edge) => {
    const source = rename.get(edge.source)!;
    const target = rename.get(edge.target)!;
    const id = freshId(usedEdges, `e-${source}-${target}`);
    usedEdges.add(id);
    return { ...edge, id, source, target };
  });
  const layout: Record<string, XY> = {};
  fragment.nodes.forEach((node, index) => {
    const at = fragment.layout[node.id] ?? { x: index * 40, y: index * 40 };
    layout[rename.get(node.id)!] = { x: at.x + offset.x, y: at.y + offset.y };
  });
  return { nodes, edges, layout, ids: nodes.map((node) => node.id) };
}
