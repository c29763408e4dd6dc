import { conditionBudgetProblem, evaluateCondition, type ConditionNode } from '@tongban/flow-model';
import { EngineError } from '../errors';
import { act, when } from '../runtime/runtime';
import type { NodeKind } from './node-kind';
import { passThrough } from './pass-through';

/** A `when` evaluated within the condition budget; one that would run away refuses the step instead. */
function withinBudget(expr: string, data: Record<string, unknown>): boolean {
  const problem = conditionBudgetProblem(expr, data);
  if (problem !== null) throw new EngineError('CONDITION_BUDGET_EXCEEDED', problem);
  return evaluateCondition(expr, data);
}

/**
 * `condition`: guarded transitions, one per `when` edge in edge order (FEEL over `data`, interpreted
 * by flow-model, never eval'ed), then the default edge.
 */
export const conditionKind: NodeKind<ConditionNode> = {
  state(node, b) {
    const edges = b.flow.edges.get(node.id) ?? [];
    const guarded = edges
      .filter((e) => !e.default && typeof e.when === 'string')
      .map((e) => ({ guard: when((c) => withinBudget(e.when!, c.data)), target: b.target(node.id, e.target) }));
    const fallback = edges.find((e) => e.default);
    const otherwise = fallback
      ? { target: b.target(node.id, fallback.target) }
      : {
          actions: act(() => {
            throw new EngineError('NO_MATCHING_CONDITION', `条件节点 ${node.id} 没有与表单数据相符的分支`);
          }),
        };
    return passThrough(b, node.id, [...guarded, otherwise]);
  },
};
