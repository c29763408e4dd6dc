import type { FlowIndex } from '../compile/flow-index';
import { EngineError, ensure } from '../errors';
import { nodeKind } from '../nodes/registry';
import { extensionCap } from '../policy/extension';
import { checkClaim, checkWithdraw } from '../runtime/claims';
import { isPaused, itemDeadline } from '../runtime/clocks';
import { isSupplementPause } from '../runtime/intake-clocks';
import type { EngineContext, EngineEvent, EngineSnapshot } from '../types';

const WHILE_PAUSED = new Set(['resume', 'withdraw', 'extend', 'claim', 'unclaim']);
/** While the item waits for the applicant (补正) the applicant may still answer, and a notice may add to it. */
const WHILE_AWAITING_SUPPLEMENT = new Set(['supplement', 'notify-missing']);

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
  if (isPaused(s) && !WHILE_PAUSED.has(e.type) && !(isSupplementPause(s) && WHILE_AWAITING_SUPPLEMENT.has(e.type))) {
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
      ensure(e.days <= extensionCap(s), 'INVALID_DAYS', `延期不得超过${extensionCap(s)}个工作日`);
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
      if (!node && e.type === 'supplement') return checkLateSupplement(flow, s, e.materials as string[]);
      ensure(node, 'COMMAND_NOT_ALLOWED', `${e.type} is not allowed at ${active.join(', ') || 'this point'}`);
      nodeKind(node.type).check?.(node, e, s, flow);
    }
  }
}

/** A supplement past acceptance: taken while materials are owed or the item waits in a supplement pause. */
function checkLateSupplement(flow: FlowIndex, s: EngineSnapshot['context'], codes: string[]): void {
  ensure(s.missing.length > 0 || isSupplementPause(s), 'COMMAND_NOT_ALLOWED', '没有待补正的材料，无需补正');
  const listed = [...flow.nodes.values()].flatMap((n) => (n.type === 'acceptance' ? n.materials : []));
  if (listed.length === 0 && !s.required?.length) return;
  const known = new Set([...listed.map((m) => m.code), ...(s.required ?? []), ...s.missing]);
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) throw new EngineError('UNKNOWN_MATERIAL', `Unknown materials: ${unknown.join(', ')}`);
}
