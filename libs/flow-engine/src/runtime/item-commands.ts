import {
  SPECIAL_PROCEDURES,
  type ClaimEvent,
  type ExtendEvent,
  type PauseEvent,
  type ReassignEvent,
  type RecalculateEvent,
  type UnclaimEvent,
  type WithdrawEvent,
} from '../types';
import { claim, reassign, unclaim } from './claims';
import { itemDeadline, pauseClocks, rescheduleItem, rescheduleSteps, statutoryDeadline } from './clocks';
import { finish } from './finish';
import { patched } from './leave';
import { recalculate } from './recalculate';
import { act, emit, logged, when, type AnyEvent, type Ctx, type Patch } from './runtime';
import { statutoryTimedOut } from './statutory';
import { departmentOf } from './tasks';
import { lapsedOfficers } from './timeouts';

/** Open tasks' deadlines follow their step clocks across a pause and a resume. */
function announceTaskDeadlines(c: Ctx): void {
  for (const t of c.tasks) {
    if (c.clocks[t.node])
      emit(c, { type: 'task.update', taskId: t.id, nodeId: t.node, deadline: c.clocks[t.node].due });
  }
}

/** A written notice to the applicant (§42, §45). */
function tellApplicant(c: Ctx, template: string, facts: Record<string, unknown>): void {
  const payload = { applicationId: c.applicationId, applicant: c.applicant, ...facts };
  emit(c, { type: 'notify', to: 'applicant', template, payload });
}

/** 暂停计时: the item clock and every running step clock stop; a §45 special procedure is told to the applicant. */
export function pause(c: Ctx, e: PauseEvent): Patch {
  const s = patched(c, pauseClocks(c));
  announceTaskDeadlines(s);
  const kind = e.kind ?? 'other';
  const { expectedDays } = e;
  if (SPECIAL_PROCEDURES.includes(kind)) tellApplicant(c, 'clock-paused', { kind, reason: e.reason, expectedDays });
  const pause = { from: c.$.now, to: null, reason: e.reason, kind, ...(expectedDays ? { expectedDays } : {}) };
  const note = `${kind}：${e.reason}${expectedDays ? `（预计${expectedDays}个工作日）` : ''}`;
  return {
    item: s.item,
    statutory: s.statutory,
    clocks: s.clocks,
    pauses: [...c.pauses, pause],
    history: logged(c, e, 'pause', null, note),
  };
}

/** 恢复计时: deadlines move on by the paused working days; new timers replace the cancelled ones. */
export function resume(c: Ctx, e: { actor?: string }): Patch {
  const pauses = c.pauses.map((p) => (p.to === null && p.node === undefined ? { ...p, to: c.$.now } : p));
  let s = patched(c, { pauses });
  s = patched(s, rescheduleItem(s));
  s = patched(s, rescheduleSteps(s));
  announceTaskDeadlines(s);
  const history = logged(c, { type: 'resume', ...e }, 'resume', null);
  return { pauses, item: s.item, statutory: s.statutory, clocks: s.clocks, history };
}

/**
 * 延期 (§42): once per item, before the deadline; the promised and the statutory deadline both move by `days`
 * working days, and the applicant is told the new deadline in writing.
 */
export function extend(c: Ctx, e: ExtendEvent): Patch {
  const extension = { days: e.days, reason: e.reason, approver: e.approver, at: c.$.now };
  const s = patched(c, { extension });
  const { calendar, now } = c.$;
  tellApplicant(c, 'deadline-extended', {
    days: e.days,
    reason: e.reason,
    deadline: itemDeadline(s, calendar, now)?.instant ?? null,
    statutoryDeadline: statutoryDeadline(s, calendar, now)?.instant ?? null,
  });
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
    for (const officer of nodeId === null ? [null] : lapsedOfficers(c, nodeId)) {
      emit(c, {
        type: 'accountability',
        kind: 'overdue-item',
        department,
        officer,
        nodeId,
        note: `办件超过承诺时限（${c.limit?.promisedDays ?? 0}个工作日）仍未办结`,
      });
    }
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
    claim: { actions: act((c, e) => claim(c, e as ClaimEvent)) },
    unclaim: { actions: act((c, e) => unclaim(c, e as UnclaimEvent)) },
    reassign: { actions: act((c, e) => reassign(c, e as ReassignEvent)) },
    pause: { actions: act((c, e) => pause(c, e as PauseEvent)) },
    resume: { actions: act((c, e) => resume(c, e)) },
    extend: { actions: act((c, e) => extend(c, e as ExtendEvent)) },
    recalculate: { actions: act((c, e) => recalculate(c, e as RecalculateEvent)) },
    timer: [
      {
        guard: when((c, e) => !!c.item?.timer && c.item.timer === (e as { timerId?: string }).timerId),
        actions: act((c, e) => itemTimedOut(c, e)),
      },
      {
        guard: when((c, e) => !!c.statutory?.timer && c.statutory.timer === (e as { timerId?: string }).timerId),
        actions: act((c, e) => statutoryTimedOut(c, e)),
      },
    ],
  };
}

/** The applicant's (or officer's) reason; a timer that withdraws is the lapsed supplement deadline. */
function withdrawNote(e: AnyEvent): string | undefined {
  if (e.type === 'timer') return '补正期限届满仍未补齐材料，视为撤回申请';
  return 'reason' in e ? (e.reason as string | undefined) : undefined;
}

/** 撤件 by an officer (anyone but the applicant) is answered for on the ledger; the applicant's own is not. */
function recordOfficerWithdrawal(c: Ctx, e: WithdrawEvent): void {
  if (e.actor === c.applicant) return;
  const late = !!c.item?.fired || (!!c.item?.due && Date.parse(c.$.now) > Date.parse(c.item.due));
  emit(c, {
    type: 'accountability',
    kind: 'officer-withdrawal',
    department: null,
    officer: e.actor,
    nodeId: null,
    note: `工作人员撤件${late ? '（已超期）' : ''}：${e.reason ?? ''}`,
  });
}

export const withdrawnState = {
  id: '$withdrawn',
  type: 'final',
  entry: act((c, e) => {
    if (e.type === 'withdraw') recordOfficerWithdrawal(c, e as WithdrawEvent);
    return finish(c, e, 'withdrawn', null, 'withdraw', withdrawNote(e));
  }),
};

export const rejectedState = {
  id: '$rejected',
  type: 'final',
  entry: act((c) => finish(c, { type: 'flow' }, 'rejected', null)),
};
