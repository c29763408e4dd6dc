import type { FlowIndex } from '../compile/flow-index';
import { EngineError, ensure } from '../errors';
import { nodeKind } from '../nodes/registry';
import { checkClaim, checkWithdraw } from '../runtime/claims';
import { isPaused, itemDeadline } from '../runtime/clocks';
import type { EngineContext, EngineEvent, EngineSnapshot } from '../types';

const WHILE_PAUSED = new Set(['resume', 'withdraw', 'extend', 'claim', 'unclaim']);

/**
 * Refuses (throws EngineError) a command the item's current state does not allow. What passes is handled
 * by the machine: item commands at its root, node commands by the active node that takes them.
 */
export function checkCommand(
  flow: FlowIndex,
  snapshot: EngineSnapshot,
  e: EngineEvent,
  active: string[],
  ctx: EngineContext,
): void {
  const s = snapshot.context;
  ensure(snapshot.status === 'active', 'COMMAND_NOT_ALLOWED', `The item is finished (${s.outcome ?? 'done'})`);
  if (isPaused(s) && !WHILE_PAUSED.has(e.type)) {
    throw new EngineError('ITEM_PAUSED', 'The clock is stopped; resume the item first');
  }
  switch (e.type) {
    case 'withdraw':
      checkWithdraw(s, e);
      return;
    case 'claim':
    case 'unclaim':
      checkClaim(s, e, active);
      return;
    case 'pause':
      ensure(s.acceptedAt, 'CLOCK_NOT_STARTED', 'Only an accepted item has a clock to stop');
      ensure(!isPaused(s), 'ALREADY_PAUSED', 'The clock is already stopped');
      return;
    case 'resume':
      ensure(isPaused(s), 'NOT_PAUSED', 'The clock is running');
      return;
    case 'extend': {
      const deadline = itemDeadline(s, ctx.calendar, ctx.now);
      ensure(deadline, 'CLOCK_NOT_STARTED', 'Only an accepted item with a time limit can be extended');
      ensure(!s.extension, 'ALREADY_EXTENDED', 'The time limit has already been extended once');
      ensure(
        Date.parse(ctx.now) <= Date.parse(deadline.instant),
        'DEADLINE_PASSED',
        'An extension must be asked before the deadline',
      );
      return;
    }
    case 'decide': {
      const task = s.tasks.find((t) => t.id === e.taskId);
      ensure(task && active.includes(task.node), 'TASK_NOT_OPEN', `Task ${e.taskId} is not open`);
      checkClaim(s, e, active);
      const node = flow.nodes.get(task.node)!;
      nodeKind(node.type).check?.(node, e, s, flow);
      return;
    }
    default: {
      const node = active.map((id) => flow.nodes.get(id)!).find((n) => nodeKind(n.type).commands?.includes(e.type));
      ensure(node, 'COMMAND_NOT_ALLOWED', `${e.type} is not allowed at ${active.join(', ') || 'this point'}`);
      nodeKind(node.type).check?.(node, e, s, flow);
    }
  }
}
