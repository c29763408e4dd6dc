import { FlowErrorCode, type FlowError } from '../flow-error';
import type { FlowFacts } from './flow-facts';

// Node ids key plain objects in the engine's snapshot; these names would reach the prototype, not a key.
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** Duplicate ids and edges that point at nothing: the graph every other rule reads depends on these. */
export function identityRules({ def, graph }: FlowFacts): FlowError[] {
  const errors: FlowError[] = [];
  const seenNodes = new Set<string>();
  for (const node of def.nodes) {
    if (seenNodes.has(node.id)) {
      errors.push({ code: FlowErrorCode.DUPLICATE_NODE_ID, nodeId: node.id, message: `节点编号「${node.id}」重复` });
    }
    seenNodes.add(node.id);
    if (RESERVED_IDS.has(node.id)) {
      errors.push({
        code: FlowErrorCode.RESERVED_NODE_ID,
        nodeId: node.id,
        message: `节点编号不能使用保留字「${node.id}」`,
      });
    }
  }
  const seenEdges = new Set<string>();
  for (const edge of def.edges) {
    const edgeId = edge.id;
    if (seenEdges.has(edgeId)) {
      errors.push({ code: FlowErrorCode.DUPLICATE_EDGE_ID, edgeId, message: `连线编号「${edgeId}」重复` });
    }
    seenEdges.add(edgeId);
    if (!graph.nodes.has(edge.source)) {
      errors.push({
        code: FlowErrorCode.EDGE_SOURCE_MISSING,
        edgeId,
        message: `连线「${edgeId}」的起点「${edge.source}」不存在`,
      });
    }
    if (!graph.nodes.has(edge.target)) {
      errors.push({
        code: FlowErrorCode.EDGE_TARGET_MISSING,
        edgeId,
        message: `连线「${edgeId}」的终点「${edge.target}」不存在`,
      });
    }
    if (edge.source === edge.target) {
      errors.push({ code: FlowErrorCode.EDGE_SELF_LOOP, edgeId, message: `连线「${edgeId}」首尾是同一个节点` });
    }
  }
  return errors;
}
