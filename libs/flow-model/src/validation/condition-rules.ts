import { parseCondition, type ConditionProblem } from '../condition';
import { FlowErrorCode, type FlowError } from '../flow-error';
import { nodeLabel, type FlowFacts } from './flow-facts';

const codeOf: Record<ConditionProblem, FlowErrorCode> = {
  empty: FlowErrorCode.CONDITION_SYNTAX_ERROR,
  syntax: FlowErrorCode.CONDITION_SYNTAX_ERROR,
  'foreign-variable': FlowErrorCode.CONDITION_FOREIGN_VARIABLE,
  'unknown-function': FlowErrorCode.CONDITION_UNKNOWN_FUNCTION,
  'reads-clock': FlowErrorCode.CONDITION_READS_CLOCK,
  'too-costly': FlowErrorCode.CONDITION_TOO_COSTLY,
};

/** Every edge of a `condition` is a parsable `when` over `data` or the single default. */
export function conditionRules({ nodes, edgesFrom }: FlowFacts): FlowError[] {
  const errors: FlowError[] = [];
  for (const node of nodes.filter((n) => n.type === 'condition')) {
    const out = edgesFrom.get(node.id) ?? [];
    for (const edge of out) {
      if (edge.when === undefined && edge.default !== true) {
        errors.push({
          code: FlowErrorCode.CONDITION_EDGE_UNGUARDED,
          edgeId: edge.id,
          message: `条件节点${nodeLabel(node)}的连线「${edge.id}」既没有条件（when）也不是默认分支`,
        });
      }
      if (edge.when !== undefined && edge.default === true) {
        errors.push({
          code: FlowErrorCode.CONDITION_EDGE_AMBIGUOUS,
          edgeId: edge.id,
          message: `连线「${edge.id}」不能既有条件（when）又是默认分支`,
        });
      }
      if (edge.when !== undefined) {
        const check = parseCondition(edge.when);
        if (!check.ok) errors.push({ code: codeOf[check.problem], edgeId: edge.id, message: check.message });
      }
    }
    const defaults = out.filter((e) => e.default === true);
    if (defaults.length === 0) {
      errors.push({
        code: FlowErrorCode.CONDITION_DEFAULT_MISSING,
        nodeId: node.id,
        message: `条件节点${nodeLabel(node)}缺少默认分支（所有条件都不成立时的去向）`,
      });
    }
    for (const extra of defaults.slice(1)) {
      errors.push({
        code: FlowErrorCode.CONDITION_DEFAULT_MULTIPLE,
        edgeId: extra.id,
        nodeId: node.id,
        message: `条件节点${nodeLabel(node)}只能有一个默认分支`,
      });
    }
  }
  return errors;
}
