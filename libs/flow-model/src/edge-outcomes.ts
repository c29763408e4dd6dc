import type { FlowEdge, FlowNodeType } from './flow-definition.schema';

/** The `on` values each node type may put on its outgoing edges (see "Edge semantics"). */
export const OUTCOMES_BY_NODE_TYPE: Readonly<Record<FlowNodeType, readonly string[]>> = {
  start: [],
  acceptance: ['accept', 'reject'],
  parallel: [],
  review: ['approve', 'reject', 'return'],
  join: [],
  condition: [],
  notification: [],
  certificate: [],
  end: [],
};

/** What an edge with no `on` means for its source: accept, approve, or a plain edge (undefined). */
export const DEFAULT_OUTCOME: Readonly<Partial<Record<FlowNodeType, string>>> = {
  acceptance: 'accept',
  review: 'approve',
};

/**
 * The outcome that takes `edge` when it leaves a node of `sourceType`, with the implicit
 * default filled in (an acceptance edge with no `on` is `accept`, a review edge `approve`).
 */
export function edgeOutcome(sourceType: FlowNodeType, edge: Pick<FlowEdge, 'on'>): string | undefined {
  return edge.on ?? DEFAULT_OUTCOME[sourceType];
}
