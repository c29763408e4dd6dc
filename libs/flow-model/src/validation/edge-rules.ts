import { DEFAULT_OUTCOME, OUTCOMES_BY_NODE_TYPE, edgeOutcome } from '../edge-outcomes';
import { FlowErrorCode, type FlowError } from '../flow-error';
import type { FlowEdge, FlowNode } from '../flow-definition.schema';
import { nodeLabel, type FlowFacts } from './flow-facts';

const outcomeNames: Record<string, string> = { accept: '受理', reject: '不予通过', approve: '同意', return: '退回' };

/** Each node type's outgoing edges, by `on`, as the engine expects them ("Edge semantics"). */
export function edgeRules({ def, nodes, edgesFrom, graph }: FlowFacts): FlowError[] {
  const errors: FlowError[] = [];
  for (const edge of def.edges) {
    const target = graph.nodes.get(edge.target);
    if (target?.type === 'start') {
      errors.push({ code: FlowErrorCode.START_HAS_INCOMING, edgeId: edge.id, message: '开始节点不能有进入的连线' });
    }
  }
  for (const node of nodes) {
    const out = edgesFrom.get(node.id) ?? [];
    errors.push(...edgeShapeErrors(node, out), ...outgoingCountErrors(node, out));
  }
  return errors;
}

function edgeShapeErrors(node: FlowNode, out: FlowEdge[]): FlowError[] {
  const errors: FlowError[] = [];
  for (const edge of out) {
    if (node.type === 'end') {
      errors.push({ code: FlowErrorCode.END_HAS_OUTGOING, edgeId: edge.id, message: '结束节点不能有离开的连线' });
      continue;
    }
    if (edge.on !== undefined && !OUTCOMES_BY_NODE_TYPE[node.type].includes(edge.on)) {
      const allowed = OUTCOMES_BY_NODE_TYPE[node.type];
      errors.push({
        code: FlowErrorCode.EDGE_OUTCOME_INVALID,
        edgeId: edge.id,
        message:
          allowed.length === 0
            ? `${nodeLabel(node)}的连线不带结果（on），不能是「${edge.on}」`
            : `${nodeLabel(node)}的连线结果只能是 ${allowed.join('、')}，不能是「${edge.on}」`,
      });
    }
    if (node.type !== 'condition' && (edge.when !== undefined || edge.default === true)) {
      errors.push({
        code: FlowErrorCode.EDGE_CONDITION_MISPLACED,
        edgeId: edge.id,
        message: `只有条件节点的连线可以设置条件（when）或默认分支，连线「${edge.id}」不是`,
      });
    }
  }
  return errors;
}

function outgoingCountErrors(node: FlowNode, out: FlowEdge[]): FlowError[] {
  switch (node.type) {
    case 'start':
    case 'join':
    case 'notification':
    case 'certificate':
      // No edge at all is a dead end, reported as NODE_CANNOT_REACH_END.
      return out.length <= 1
        ? []
        : [
            {
              code: FlowErrorCode.OUTGOING_COUNT_INVALID,
              nodeId: node.id,
              message: `${nodeLabel(node)}只能有一条离开的连线，现有 ${out.length} 条`,
            },
          ];
    case 'parallel': {
      const branches = out.filter((e) => e.on === undefined).length;
      return branches >= 2
        ? []
        : [
            {
              code: FlowErrorCode.PARALLEL_TOO_FEW_BRANCHES,
              nodeId: node.id,
              message: `并联节点${nodeLabel(node)}至少要有两个分支，现有 ${branches} 个`,
            },
          ];
    }
    case 'acceptance':
    case 'review':
      return outcomeCountErrors(node, out);
    default:
      return [];
  }
}

/** The default outcome exactly once; reject and return at most once. */
function outcomeCountErrors(node: FlowNode, out: FlowEdge[]): FlowError[] {
  const errors: FlowError[] = [];
  const required = DEFAULT_OUTCOME[node.type];
  for (const outcome of OUTCOMES_BY_NODE_TYPE[node.type]) {
    const edges = out.filter((e) => edgeOutcome(node.type, e) === outcome);
    if (outcome === required && edges.length === 0) {
      errors.push({
        code: FlowErrorCode.OUTCOME_MISSING,
        nodeId: node.id,
        message: `${nodeLabel(node)}缺少「${outcomeNames[outcome]}」（${outcome}）连线`,
      });
    }
    for (const extra of edges.slice(1)) {
      errors.push({
        code: FlowErrorCode.OUTCOME_DUPLICATE,
        edgeId: extra.id,
        nodeId: node.id,
        message: `${nodeLabel(node)}的「${outcomeNames[outcome]}」（${outcome}）连线只能有一条`,
      });
    }
  }
  return errors;
}
