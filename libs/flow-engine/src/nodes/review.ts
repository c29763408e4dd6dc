import type { ReviewNode } from '@tongban/flow-model';
import { edgeFor } from '../compile/flow-index';
import { ensure } from '../errors';
import { leaveNode } from '../runtime/leave';
import { act, when, type AnyEvent, type Ctx } from '../runtime/runtime';
import { recordOpinion } from '../runtime/consolidation';
import { departmentOf } from '../runtime/tasks';
import { stepTimedOut } from '../runtime/timeouts';
import type { DecideEvent, Decision } from '../types';
import type { NodeKind } from './node-kind';
import { decide, decidesNode, enterReview } from './review-actions';
import { outcomeTarget, tacitRoute } from './routes';

/** `review`: a department's human task(s), decided by approve / reject / return, within its time limit. */
export const reviewKind: NodeKind<ReviewNode> = {
  commands: ['decide'],

  check(node, e, _s, flow) {
    if (e.type === 'decide' && e.decision === 'return') {
      ensure(edgeFor(flow, node.id, 'return'), 'RETURN_NOT_ALLOWED', `环节 ${node.id} 没有退回连线，不能退回`);
    }
    if (e.type === 'decide' && e.inNameOf !== undefined) {
      ensure(
        e.inNameOf === departmentOf(flow, node.id),
        'INVALID_ARGUMENT',
        `只能以本步骤所属部门的名义决定（${node.id} 属于 ${departmentOf(flow, node.id) ?? '无部门'}）`,
      );
    }
  },

  state(node, b) {
    const id = node.id;
    const mine = (c: Ctx, e: AnyEvent) => c.tasks.some((t) => t.node === id && t.id === (e as DecideEvent).taskId);
    const record = act((c, e) => decide(c, e as DecideEvent, node));
    const leaving = (['approve', 'reject', 'return'] as Decision[]).flatMap((decision) => {
      const target = outcomeTarget(b, id, decision);
      const guard = when(
        (c, e) => mine(c, e) && (e as DecideEvent).decision === decision && decidesNode(c, e as DecideEvent, node),
      );
      return target ? [{ guard, target, actions: record }] : [];
    });
    return {
      id: b.flow.keys.get(id),
      entry: act((c) => enterReview(c, node)),
      exit: act((c, e) => leaveNode(c, id, e)),
      on: {
        decide: [...leaving, { guard: when(mine), actions: record }],
        timer: {
          guard: when((c, e) => c.clocks[id]?.timer === (e as { timerId?: string }).timerId),
          actions: act((c, e) => {
            const patch = stepTimedOut(c, e, id);
            const tacit = patch.verdicts?.[id] === 'approve';
            return tacit ? { ...patch, opinions: recordOpinion(c, id, 'approve', e, '', true) } : patch;
          }),
        },
      },
      always: tacitRoute(b, id, 'approve'),
    };
  },
};
