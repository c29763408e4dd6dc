import { FlowErrorCode, type FlowError } from '../flow-error';
import { nodeLabel, type FlowFacts } from './flow-facts';

/** 前台受理: one acceptance, right after the start; reviews need someone to do them. */
export function nodeRules({ nodes, starts, edgesFrom, graph }: FlowFacts): FlowError[] {
  const errors: FlowError[] = [];
  const acceptances = nodes.filter((n) => n.type === 'acceptance');
  if (acceptances.length === 0) {
    errors.push({ code: FlowErrorCode.ACCEPTANCE_MISSING, message: '流程缺少受理节点（前台受理）' });
  }
  for (const extra of acceptances.slice(1)) {
    errors.push({
      code: FlowErrorCode.ACCEPTANCE_MULTIPLE,
      nodeId: extra.id,
      message: `流程只能有一个受理节点，${nodeLabel(extra)}是多余的`,
    });
  }
  const [first] = starts.length > 0 ? (edgesFrom.get(starts[0].id) ?? []) : [];
  const firstTarget = first && graph.nodes.get(first.target);
  if (acceptances.length > 0 && firstTarget && firstTarget.type !== 'acceptance') {
    errors.push({
      code: FlowErrorCode.ACCEPTANCE_NOT_FIRST,
      edgeId: first.id,
      message: `开始节点之后应是受理节点，而不是${nodeLabel(firstTarget)}`,
    });
  }
  for (const node of nodes) {
    if (node.type === 'acceptance') {
      const seen = new Set<string>();
      for (const m of node.materials) {
        if (seen.has(m.code)) {
          errors.push({
            code: FlowErrorCode.DUPLICATE_MATERIAL_CODE,
            nodeId: node.id,
            message: `${nodeLabel(node)}的材料编号「${m.code}」重复`,
          });
        }
        seen.add(m.code);
      }
    }
    if (node.type === 'review' && node.assignees.roles.length === 0 && node.assignees.users.length === 0) {
      errors.push({
        code: FlowErrorCode.REVIEW_NO_ASSIGNEES,
        nodeId: node.id,
        message: `审查节点${nodeLabel(node)}没有指定办理人（角色或用户）`,
      });
    }
  }
  return errors;
}
