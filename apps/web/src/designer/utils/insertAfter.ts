import { isReturnEdge, type FlowDefinition, type FlowEdge, type FlowNode } from '@tongban/flow-model';
import type { XY } from '../types';
import { COLUMN_GAP, NODE_WIDTH } from './definitionToDiagram';
import { connectionProblem, createEdge } from './newEdge';

/** A card's footprint for overlap checks (cards are 200 wide and at most about 100 high). */
const CARD = { width: NODE_WIDTH, height: 110 };
const ROW_GAP = 140;

/** Gateways fan out: "after" one of them is a new branch, not a step spliced into an existing one. */
const FANS_OUT = new Set(['parallel', 'condition']);

function overlaps(a: XY, b: XY): boolean {
  return Math.abs(a.x - b.x) < CARD.width + 20 && Math.abs(a.y - b.y) < CARD.height;
}

/** The first spot at `wanted`, or below it row by row, that no other card covers. */
export function clearSpot(layout: Record<string, XY>, wanted: XY): XY {
  const taken = Object.values(layout);
  for (let row = 0; ; row++) {
    const spot = { x: wanted.x, y: wanted.y + row * ROW_GAP };
    if (!taken.some((other) => overlaps(spot, other))) return spot;
  }
}

/**
 * The edge a new node goes into: the source's main way on (its approve / accept / plain edge, never a
 * reject or a return). Gateways have none: a node after them is a new branch.
 */
function mainEdge(def: FlowDefinition, after: FlowNode): FlowEdge | undefined {
  if (FANS_OUT.has(after.type)) return undefined;
  return def.edges.find(
    (edge) =>
      edge.source === after.id &&
      !isReturnEdge(edge) &&
      (edge.on === undefined || edge.on === 'approve' || edge.on === 'accept'),
  );
}

/**
 * Adds `node` after `afterId` from the keyboard. Between a node and its next step, the node is spliced in: the
 * existing edge now ends at the new node (keeping its outcome and label) and one new edge goes on to the old
 * target, so no second edge leaves the selected node; the cards to the right move one column over to make room.
 * Otherwise (a gateway, or a node with no way on yet) it is connected with one new edge. Either way it lands on
 * a spot no other card covers. Pure.
 */
export function insertAfter(def: FlowDefinition, afterId: string, node: FlowNode): FlowDefinition {
  const after = def.nodes.find((candidate) => candidate.id === afterId);
  const at = def.layout?.[afterId];
  if (!after || !at) return def;
  const withNode: FlowDefinition = { ...def, nodes: [...def.nodes, node] };
  const spliced = mainEdge(def, after);
  const layout: Record<string, XY> = { ...def.layout };

  if (spliced) {
    for (const [id, position] of Object.entries(layout))
      if (position.x > at.x) layout[id] = { x: position.x + COLUMN_GAP, y: position.y };
    const onward = createEdge(withNode, node.id, spliced.target);
    const edges = def.edges.map((edge) => (edge === spliced ? { ...edge, target: node.id } : edge));
    layout[node.id] = clearSpot(layout, { x: at.x + COLUMN_GAP, y: at.y });
    return { ...withNode, edges: [...edges, onward], layout };
  }

  const edges = connectionProblem(withNode, afterId, node.id) ? [] : [createEdge(withNode, afterId, node.id)];
  layout[node.id] = clearSpot(layout, { x: at.x + COLUMN_GAP, y: at.y });
  return { ...withNode, edges: [...def.edges, ...edges], layout };
}
