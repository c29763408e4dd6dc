import type { FlowIndex } from '../compile/flow-index';
import { EngineError, ensure } from '../errors';
import { nodeKind } from '../nodes/registry';
import { extensionCap } from '../policy/extension';
import { checkClaim, checkReassign, checkWithdraw } from '../runtime/claims';
import { isPaused, itemDeadline } from '../runtime/clocks';
import { isSupplementPause } from '../runtime/intake-clocks';
import type { EngineContext, EngineEvent, EngineSnapshot } from '../types';

const WHILE_PAUSED = new Set(['resume', 'withdraw', 'extend', 'claim', 'unclaim', 'reassign']);
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
  ensure(snapshot.status === 'active', 'COMMAND_NOT_ALLOWED', `办件已办结（${s.outcome ?? 'done'}），不能再操作`);
  if (isPaused(s) && !WHILE_PAUSED.has(e.type) && !(isSupplementPause(s) && WHILE_AWAITING_SUPPLEMENT.has(e.type))) {
    throw new EngineError('ITEM_PAUSED', '办件正在暂停计时，请先恢复计时');
  }
  switch (e.type) {
    case 'withdraw':
      checkWithdraw(s, e);
      return;
    case 'claim':
    case 'unclaim':
      checkClaim(s, e, active);
      return;
    case 'reassign':
      checkReassign(flow, s, e, active);
      return;
    case 'pause':
      ensure(s.acceptedAt, 'CLOCK_NOT_STARTED', '办件尚未受理，还没有开始计时');
      ensure(!isPaused(s), 'ALREADY_PAUSED', '办件已经暂停计时');
      return;
    case 'resume':
      ensure(isPaused(s), 'NOT_PAUSED', '办件没有暂停计时');
      return;
    case 'extend': {
      const deadline = itemDeadline(s, ctx.calendar, ctx.now);
      ensure(deadline, 'CLOCK_NOT_STARTED', '只有已受理且有办理时限的办件才能延期');
      ensure(!s.extension, 'ALREADY_EXTENDED', '办理期限已延长过一次，不能再次延期');
      ensure(Date.parse(ctx.now) <= Date.parse(deadline.instant), 'DEADLINE_PASSED', '延期须在办理期限届满前提出');
      ensure(e.days <= extensionCap(s), 'INVALID_DAYS', `延期不得超过${extensionCap(s)}个工作日`);
      return;
    }
    case 'decide': {
      const task = s.tasks.find((t) => t.id === e.taskId);
      ensure(task && active.includes(task.node), 'TASK_NOT_OPEN', `任务 ${e.taskId} 不在办理中`);
      checkClaim(s, e, active);
      const node = flow.nodes.get(task.node)!;
      nodeKind(node.type).check?.(node, e, s, flow);
      return;
    }
    default: {
      const node = active.map((id) => flow.nodes.get(id)!).find((n) => nodeKind(n.type).commands?.includes(e.type));
      if (!node && e.type === 'supplement') return checkLateSupplement(flow, s, e.materials as string[]);
      ensure(node, 'COMMAND_NOT_ALLOWED', `办件当前环节（${active.join('、') || '无'}）不能执行「${e.type}」`);
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
  if (unknown.length > 0) throw new EngineError('UNKNOWN_MATERIAL', `事项没有这些材料：${unknown.join('、')}`);
}
