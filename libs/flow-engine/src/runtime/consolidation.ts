import type { Decision, Opinion } from '../types';
import { type AnyEvent, type Ctx, entry } from './runtime';
import { departmentOf } from './tasks';

/** The consolidating join a node's branch leads to (牵头部门汇总), if its block has one. */
export function consolidatingJoinOf(c: Ctx, nodeId: string): string | null {
  const scope = c.$.flow.scopeOf.get(nodeId);
  const hash = scope?.lastIndexOf('#') ?? -1;
  if (!scope || hash < 0) return null;
  const joinId = c.$.flow.blocks.get(scope.slice(0, hash))?.joinId;
  return joinId && c.$.flow.leadOf.has(joinId) ? joinId : null;
}

/** The opinions with a branch step's result added, when its block's lead consolidates; else unchanged. */
export function recordOpinion(
  c: Ctx,
  nodeId: string,
  decision: Decision,
  e: AnyEvent,
  comment: string,
  tacit = false,
): Ctx['opinions'] {
  const joinId = consolidatingJoinOf(c, nodeId);
  if (!joinId) return c.opinions;
  const { actor, at } = entry(c, e, decision, nodeId);
  const opinion: Opinion = {
    nodeId,
    department: departmentOf(c.$.flow, nodeId),
    decision,
    comment: comment === '' ? null : comment,
    actor,
    at,
  };
  if (tacit) opinion.tacit = true;
  return { ...c.opinions, [joinId]: [...(c.opinions?.[joinId] ?? []), opinion] };
}
