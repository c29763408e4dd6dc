import type { ELK } from 'elkjs/lib/elk-api';
import { isReturnEdge, type FlowDefinition } from '@tongban/flow-model';
import type { XY } from '../types';
import { NODE_WIDTH } from './definitionToDiagram';

const DEFAULT_HEIGHT = 84;

let elk: Promise<ELK> | null = null;

// elkjs is large (~1.4 MB): loaded on the first auto-layout, not with the designer.
function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk());
  return elk;
}

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

export type NodeSizes = ReadonlyMap<string, { width: number; height: number }>;

/**
 * Left-to-right layered positions for every node (elkjs). Return edges are left out so that a 退回
 * does not pull its target to the right of its source.
 */
export async function autoLayout(def: FlowDefinition, sizes: NodeSizes = new Map()): Promise<Record<string, XY>> {
  const ids = new Set(def.nodes.map((node) => node.id));
  const graph = await (
    await loadElk()
  ).layout({
    id: 'flow',
    layoutOptions: LAYOUT_OPTIONS,
    children: def.nodes.map((node) => ({
      id: node.id,
      width: sizes.get(node.id)?.width ?? NODE_WIDTH,
      height: sizes.get(node.id)?.height ?? DEFAULT_HEIGHT,
    })),
    edges: def.edges
      .filter(
        (edge) => !isReturnEdge(edge) && ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target,
      )
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  });
  const layout: Record<string, XY> = {};
  for (const child of graph.children ?? [])
    layout[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return layout;
}
