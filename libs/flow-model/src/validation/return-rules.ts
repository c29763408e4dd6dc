import { FlowErrorCode, type FlowError } from '../flow-error';
import { reachableFrom } from '../graph';
import { nodeLabel, type FlowFacts } from './flow-facts';

/** A `return` goes back to an earlier node, never into a parallel branch the item is not in. */
export function returnRules(facts: FlowFacts): FlowError[] {
  const { def, graph } = facts;
  const errors: FlowError[] = [];
  for (const edge of def.edges) {
    const source = graph.nodes.get(edge.source);
    const target = graph.nodes.get(edge.target);
    // Returns from other node types and self-loops are reported by the edge rules.
    if (edge.on !== 'return' || source?.type !== 'review' || !target || source === target) continue;
    if (!reachableFrom([target.id], graph.successors).has(source.id)) {
      errors.push({
        code: FlowErrorCode.RETURN_TARGET_NOT_EARLIER,
        edgeId: edge.id,
        message: `退回连线「${edge.id}」的目标${nodeLabel(target)}不在${nodeLabel(source)}之前`,
      });
    } else if (target.type === 'join') {
      errors.push({
        code: FlowErrorCode.RETURN_TARGET_INVALID,
        edgeId: edge.id,
        message: `退回连线「${edge.id}」不能退回到汇聚节点${nodeLabel(target)}`,
      });
    } else if (!isSubset(branchesOf(facts, target.id), branchesOf(facts, source.id))) {
      errors.push({
        code: FlowErrorCode.RETURN_INTO_PARALLEL_BRANCH,
        edgeId: edge.id,
        message: `退回连线「${edge.id}」不能从并联分支之外退回到分支内的${nodeLabel(target)}`,
      });
    }
  }
  return errors;
}

/** The parallel branches a node lies in, as `parallelId#branchIndex`. */
function branchesOf({ blocks }: FlowFacts, nodeId: string): Set<string> {
  const keys = new Set<string>();
  for (const block of blocks) {
    block.branches.forEach((b, i) => {
      if (b.nodeIds.includes(nodeId)) keys.add(`${block.parallelId}#${i}`);
    });
  }
  return keys;
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  return [...a].every((k) => b.has(k));
}
