import type { JoinNode } from '@tongban/flow-model';
import { ensure } from '../errors';
import { leaveNode } from '../runtime/leave';
import { act, logged, when, without, type AnyEvent, type Ctx } from '../runtime/runtime';
import { openTask } from '../runtime/tasks';
import type { DecideEvent } from '../types';
import type { Builder, NodeKind, StateConfig } from './node-kind';
import { onwards, passThrough } from './pass-through';

/**
 * `join`: entered when its parallel block completes (see parallel.ts, which counts finished branches
 * against the policy); the item moves straight on, unless the join consolidates (牵头部门汇总): then one
 * task for the lead review's department shows every branch's opinion, and its decision is the block's
 * result — approve leaves by the join's edge, reject ends the item rejected.
 */
export const joinKind: NodeKind<JoinNode> = {
  commands: ['decide'],
  check(node, e) {
    if (e.type !== 'decide') return;
    ensure(e.decision !== 'return', 'RETURN_NOT_ALLOWED', `汇总意见「${node.name ?? node.id}」不能退回`);
    // The lead's reject is the item's refusal: §38 requires written reasons.
    ensure(e.decision !== 'reject' || e.comment?.trim(), 'REASON_REQUIRED', '牵头部门作出不予许可决定须说明理由');
  },
  state: (node, b) =>
    b.flow.leadOf.has(node.id) ? consolidation(node, b) : passThrough(b, node.id, onwards(b, node.id)),
};

function consolidation(node: JoinNode, b: Builder): StateConfig {
  const id = node.id;
  const mine = (c: Ctx, e: AnyEvent) => c.tasks.some((t) => t.node === id && t.id === (e as DecideEvent).taskId);
  const decided = (decision: string) => when((c, e) => mine(c, e) && (e as DecideEvent).decision === decision);
  const record = act((c, e) => ({
    history: logged(c, e, (e as DecideEvent).decision, id, (e as DecideEvent).comment?.trim()),
  }));
  return {
    id: b.flow.keys.get(id),
    entry: act((c) => ({ tasks: openTask(c, id) })),
    exit: act((c, e) => ({ ...leaveNode(c, id, e), opinions: without(c.opinions ?? {}, id) })),
    on: {
      decide: [
        { guard: decided('approve'), target: onwards(b, id).target, actions: record },
        { guard: decided('reject'), target: '#$rejected', actions: record },
      ],
    },
  };
}
