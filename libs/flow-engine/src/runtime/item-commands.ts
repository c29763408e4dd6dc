import type { ExtendEvent, PauseEvent } from '../types';
import { pauseClocks, rescheduleItem, rescheduleSteps } from './clocks';
import { finish } from './finish';
import { patched } from './leave';
import { act, emit, logged, when, type AnyEvent, type Ctx, type Patch } from './runtime';
import { departmentOf } from './tasks';

/** Open tasks' deadlines follow their step clocks across a pause and a resume. */
function announceTaskDeadlines(c: Ctx): void {
  for (const t of c.tasks) {
    if (c.clocks[t.node])
      emit(c, { type: 'task.update', taskId: t.id, nodeId: t.node, deadline: c.clocks[t.node].due });
  }
}

/** 暂停计时: the item clock and every running step clock stop. */
export function pause(c: Ctx, e: PauseEvent): Patch {
  const s = patched(c, pauseClocks(c));
  announceTaskDeadlines(s);
  const kind = e.kind ?? 'other';
  return {
    item: s.item,
    clocks: s.clocks,
    pauses: [...c.pauses, { from: c.$.now, to: null, reason: e.reason, kind }],
    history: logged(c, e, 'pause', null, `${kind}：${e.reason}`),
  };
}

/** 恢复计时: deadlines move on by the paused working days; new timers replace the cancelled ones. */
export function resume(c: Ctx, e: { actor?: string }): Patch {
  const pauses = c.pauses.map((p) => (p.to === null && p.node === undefined ? { ...p, to: c.$.now } : p));
  let s = patched(c, { pauses });
  s = patched(s, rescheduleItem(s));
  s = patched(s, rescheduleSteps(s));
  announceTaskDeadlines(s);
  return { pauses, item: s.item, clocks: s.clocks, history: logged(c, { type: 'resume', ...e }, 'resume', null) };
}

/** 延期: once per item, before the deadline; the item deadline moves by `days` working days. */
export function extend(c: Ctx, e: ExtendEvent): Patch {
  const extension = { days: e.days, reason: e.reason, approver: e.approver, at: c.$.now };
  const s = patched(c, { extension });
  return {
    extension,
    ...rescheduleItem(s),
    history: logged(c, e, 'extend', null, `${e.days}个工作日（${e.approver}批准）：${e.reason}`),
  };
}

/** The item deadline passed while the item is still running: an `overdue-item` entry per active step. */
export function itemTimedOut(c: Ctx, e: { type: string }): Patch {
  const { flow, active } = c.$;
  const departments = active.map((nodeId) => ({ nodeId, department: departmentOf(flow, nodeId) }));
  const lapsed = departments.length > 0 ? departments : [{ nodeId: null, department: null }];
  for (const { nodeId, department } of lapsed) {
    emit(c, {
      type: 'accountability',
      kind: 'overdue-item',
      department,
      officer: null,
      nodeId,
      note: `办件超过承诺时限（${c.limit?.promisedDays ?? 0}个工作日）仍未办结`,
    });
  }
  return {
    item: c.item ? { ...c.item, timer: null, fired: true } : c.item,
    history: logged(c, e, 'overdue-item', null),
  };
}

/** The commands any running item takes, whatever node it is at: the machine root's handlers. */
export function itemHandlers() {
  return {
    withdraw: { target: '#$withdrawn' },
    pause: { actions: act((c, e) => pause(c, e as PauseEvent)) },
    resume: { actions: act((c, e) => resume(c, e)) },
    extend: { actions: act((c, e) => extend(c, e as ExtendEvent)) },
    timer: {
      guard: when((c, e) => !!c.item?.timer && c.item.timer === (e as { timerId?: string }).timerId),
      actions: act((c, e) => itemTimedOut(c, e)),
    },
  };
}

/** The applicant's (or officer's) reason; a timer that withdraws is the lapsed supplement deadline. */
function withdrawNote(e: AnyEvent): string | undefined {
  if (e.type === 'timer') return '补正期限届满仍未补齐材料，视为撤回申请';
  return 'reason' in e ? (e.reason as string | undefined) : undefined;
}

export const withdrawnState = {
  id: '$withdrawn',
  type: 'final',
  entry: act((c, e) => finish(c, e, 'withdrawn', null, 'withdraw', withdrawNote(e))),
};

export const rejectedState = {
  id: '$rejected',
  type: 'final',
  entry: act((c) => finish(c, { type: 'flow' }, 'rejected', null)),
};
