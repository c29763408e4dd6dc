import { FlowErrorCode, type FlowError } from '../flow-error';
import { reachableFrom } from '../graph';
import { nodeLabel, type FlowFacts } from './flow-facts';

/** One start; every node on a path from the start to an end (return edges aside). */
export function structureRules(facts: FlowFacts): FlowError[] {
  const { nodes, starts, reachable } = facts;
  if (starts.length === 0) return [{ code: FlowErrorCode.NO_START, message: '流程缺少开始节点' }];
  const errors: FlowError[] = starts.slice(1).map((s) => ({
    code: FlowErrorCode.MULTIPLE_START,
    nodeId: s.id,
    message: `流程只能有一个开始节点，${nodeLabel(s)}是多余的`,
  }));
  for (const node of nodes) {
    if (!reachable.has(node.id) && node.type !== 'start') {
      errors.push({
        code: FlowErrorCode.NODE_UNREACHABLE,
        nodeId: node.id,
        message: `从开始节点无法到达节点${nodeLabel(node)}`,
      });
    }
  }
  if (!nodes.some((n) => n.type === 'end' && reachable.has(n.id))) {
    errors.push({ code: FlowErrorCode.NO_REACHABLE_END, message: '从开始节点无法到达任何结束节点' });
    return errors;
  }
  return [...errors, ...trappedNodeErrors(facts)];
}

/** Reachable nodes with no way to an end: a cycle among them is reported once, the rest one by one. */
function trappedNodeErrors({ nodes, graph, reachable, leadsToEnd }: FlowFacts): FlowError[] {
  const trapped = nodes.filter((n) => reachable.has(n.id) && !leadsToEnd.has(n.id));
  const inReportedCycle = new Set<string>();
  const errors: FlowError[] = [];
  for (const node of trapped) {
    if (inReportedCycle.has(node.id)) continue;
    const after = reachableFrom(graph.successors.get(node.id) ?? [], graph.successors);
    if (!after.has(node.id)) {
      errors.push({
        code: FlowErrorCode.NODE_CANNOT_REACH_END,
        nodeId: node.id,
        message: `节点${nodeLabel(node)}之后无法到达任何结束节点`,
      });
      continue;
    }
    const before = reachableFrom([node.id], graph.predecessors);
    const cycle = trapped.filter((n) => after.has(n.id) && before.has(n.id));
    for (const n of cycle) inReportedCycle.add(n.id);
    errors.push({
      code: FlowErrorCode.CYCLE_WITHOUT_EXIT,
      nodeId: node.id,
      message: `节点 ${cycle.map(nodeLabel).join('→')} 构成无法退出的循环`,
    });
  }
  return errors;
}
