import type { FlowDefinition } from '@tongban/flow-model';
import type { Diagram, XY } from '../types';

export type FlowHeader = Omit<FlowDefinition, 'nodes' | 'edges' | 'layout'>;

/**
 * The inverse of definitionToDiagram: node and edge payloads in diagram order (which is the order
 * condition branches are tried), with each node's position stored in `layout`. Pure.
 */
export function diagramToDefinition(diagram: Diagram, header: FlowHeader): FlowDefinition {
  const layout: Record<string, XY> = {};
  for (const node of diagram.nodes)
    layout[node.id] = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
  return {
    ...header,
    nodes: diagram.nodes.map((node) => node.data.node),
    edges: diagram.edges.map((edge) => ({ ...edge.data!.edge, source: edge.source, target: edge.target })),
    layout,
  };
}
