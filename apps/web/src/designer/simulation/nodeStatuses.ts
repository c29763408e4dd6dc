import { isReturnEdge, type FlowDefinition } from '@tongban/flow-model';
import type { InstanceView, TraceEntry } from '@tongban/flow-engine';
import type { FlowNodeData, NodeRunStatus } from '../types';

export type NodeDecoration = Pick<FlowNodeData, 'status' | 'clock'>;

/**
 * Where the simulated item stands on each node. Gateways are passed in the same instant and never
 * show up as active, so a node counts as passed once something after it was reached.
 */
export function nodeStatuses(
  def: FlowDefinition,
  view: InstanceView,
  trace: TraceEntry[],
): Map<string, NodeDecoration> {
  const reached = new Set<string>([
    ...trace.flatMap((entry) => entry.activeNodes),
    ...view.history.flatMap((h) => (h.nodeId ? [h.nodeId] : [])),
  ]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of def.edges) {
      if (!isReturnEdge(edge) && reached.has(edge.target) && !reached.has(edge.source)) {
        reached.add(edge.source);
        grew = true;
      }
    }
  }
  const active = new Set(view.activeNodes);
  const tacit = new Set(view.tacitApprovals);
  const clocks = new Map(
    view.stepClocks.map((clock) => [
      clock.nodeId,
      { deadline: clock.deadline, warning: clock.warning, card: clock.card },
    ]),
  );
  const result = new Map<string, NodeDecoration>();
  for (const node of def.nodes) {
    const status: NodeRunStatus = active.has(node.id)
      ? 'active'
      : tacit.has(node.id)
        ? 'tacit'
        : reached.has(node.id)
          ? 'done'
          : 'pending';
    const clock = status === 'active' ? clocks.get(node.id) : undefined;
    result.set(node.id, clock ? { status, clock } : { status });
  }
  return result;
}
