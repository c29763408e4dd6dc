import { EngineError } from '../errors';
import { nodeKind } from '../nodes/registry';
import type { Builder, StateConfig } from '../nodes/node-kind';
import type { FlowIndex } from './flow-index';
import { ROOT, type ScopeId } from './placement';
import { branchDoneId } from './state-ids';

export function createBuilder(flow: FlowIndex): Builder {
  // Nodes per scope, in definition order: a scope's states without a pass over every node (blocks × nodes).
  const byScope = new Map<ScopeId | null, typeof flow.def.nodes>();
  for (const node of flow.def.nodes) {
    const scope = flow.scopeOf.get(node.id) ?? null;
    const list = byScope.get(scope);
    if (list) list.push(node);
    else byScope.set(scope, [node]);
  }
  const b: Builder = {
    flow,
    target(from, to) {
      if (!flow.nodes.has(to))
        throw new EngineError('INVALID_DEFINITION', `从 ${from} 出发的连线指向不存在的节点 ${to}`);
      const scope = flow.scopeOf.get(from) ?? ROOT;
      if (scope !== ROOT) {
        const hash = scope.lastIndexOf('#');
        const parallelId = scope.slice(0, hash);
        if (flow.blocks.get(parallelId)?.joinId === to)
          return `#${branchDoneId(flow, parallelId, Number(scope.slice(hash + 1)))}`;
      }
      return `#${flow.keys.get(to)}`;
    },
    states(scope: ScopeId) {
      const states: Record<string, StateConfig> = {};
      for (const node of byScope.get(scope) ?? []) states[flow.keys.get(node.id)!] = nodeKind(node.type).state(node, b);
      return states;
    },
  };
  return b;
}
