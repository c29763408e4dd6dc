import type { FlowDefinition } from '@tongban/flow-model';
import type { Diagram, DiagramEdge, DiagramNode, FlowNodeData, Selection, XY } from '../types';
import { NO_PROBLEMS, type ProblemIndex } from './problemIndex';

export const NODE_WIDTH = 200;
export const COLUMN_GAP = 240;

export interface DiagramOptions {
  problems?: ProblemIndex;
  selection?: Selection;
  /** Extra card data per node: run status, clock, diff mark. */
  decorate?: (nodeId: string) => Partial<FlowNodeData> | undefined;
}

const NO_MESSAGES: string[] = [];

/** Where a node without a stored position goes: a plain row, until auto-layout places it. */
export function fallbackPosition(index: number): XY {
  return { x: index * COLUMN_GAP, y: 0 };
}

/** A flow definition as React Flow nodes and edges; positions come from `layout`. Pure. */
export function definitionToDiagram(def: FlowDefinition, options: DiagramOptions = {}): Diagram {
  const problems = options.problems ?? NO_PROBLEMS;
  const selectedNodes = new Set(options.selection?.nodeIds);
  const selectedEdges = new Set(options.selection?.edgeIds);
  const nodes: DiagramNode[] = def.nodes.map((node, index) => ({
    id: node.id,
    type: node.type,
    position: def.layout?.[node.id] ?? fallbackPosition(index),
    selected: selectedNodes.has(node.id),
    data: { node, problems: problems.byNode.get(node.id) ?? NO_MESSAGES, ...options.decorate?.(node.id) },
  }));
  const edges: DiagramEdge[] = def.edges.map((edge) => ({
    id: edge.id,
    type: 'flow',
    source: edge.source,
    target: edge.target,
    selected: selectedEdges.has(edge.id),
    data: { edge, problems: problems.byEdge.get(edge.id) ?? NO_MESSAGES },
  }));
  return { nodes, edges };
}
