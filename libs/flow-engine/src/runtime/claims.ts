import type { FlowIndex } from '../compile/flow-index';
import { ensure } from '../errors';
import type {
  ClaimEvent,
  DecideEvent,
  InstanceState,
  OpenTask,
  ReassignEvent,
  UnclaimEvent,
  WithdrawEvent,
} from '../types';
import { reassignedAddress } from '../policy/reassignment';
import { emit, logged, type Ctx, type Patch } from './runtime';
import { candidatesOf, taskDepartment } from './tasks';

/** The open task a claim, an unclaim or a decision names, at a node the item is at. */
export function openTaskFor(s: InstanceState, taskId: string, active: string[]): OpenTask {
  const task = s.tasks.find((t) => t.id === taskId);
  ensure(task && active.includes(task.node), 'TASK_NOT_OPEN', `任务 ${taskId} 未在办理中`);
  return task;
}

/**
 * Whether the sender holds the task's claim: it claimed the task, or it is the B post acting for the absent A who
 * did (B acts with A's authority).
 */
export function holdsClaim(
  claimedBy: string | null | undefined,
  e: { actor: string; onBehalfOf?: string | null },
): boolean {
  return claimedBy != null && (claimedBy === e.actor || claimedBy === e.onBehalfOf);
}

/** Whether the sender may act on the task: it is unclaimed, or the sender holds its claim. */
export function mayActOn(task: OpenTask, e: { actor: string; onBehalfOf?: string }): boolean {
  return task.claimedBy === undefined || holdsClaim(task.claimedBy, e);
}

/** Refuses a claim of a claimed task, an unclaim by anyone but its claimer, and a decision on another's task. */
export function checkClaim(s: InstanceState, e: ClaimEvent | UnclaimEvent | DecideEvent, active: string[]): void {
  const task = openTaskFor(s, e.taskId, active);
  if (e.type === 'unclaim') {
    ensure(task.claimedBy !== undefined, 'TASK_NOT_CLAIMED', '该任务尚未被认领');
    ensure(task.claimedBy === e.actor, 'TASK_CLAIMED', `该任务已由 ${task.claimedBy} 认领`);
    return;
  }
  if (e.type === 'claim') ensure(task.claimedBy === undefined, 'TASK_CLAIMED', `该任务已由 ${task.claimedBy} 认领`);
  else ensure(mayActOn(task, e), 'TASK_CLAIMED', `该任务已由 ${task.claimedBy} 认领，他人不能办理`);
}

/** An officer other than the applicant withdraws only with a written reason (撤件 is answered for). */
export function checkWithdraw(s: InstanceState, e: WithdrawEvent): void {
  const byApplicant = e.actor === s.applicant;
  ensure(byApplicant || (e.reason ?? '').trim() !== '', 'REASON_REQUIRED', '工作人员撤件必须说明理由');
}

function withClaim(c: Ctx, taskId: string, claimedBy: string | undefined): OpenTask[] {
  return c.tasks.map((t) => {
    if (t.id !== taskId) return t;
    const { claimedBy: _previous, ...rest } = t;
    return claimedBy === undefined ? rest : { ...rest, claimedBy };
  });
}

/** 认领: the task is the actor's until decided or given back. */
export function claim(c: Ctx, e: ClaimEvent): Patch {
  const task = c.tasks.find((t) => t.id === e.taskId)!;
  emit(c, { type: 'task.claim', taskId: task.id, nodeId: task.node, claimedBy: e.actor });
  return { tasks: withClaim(c, task.id, e.actor), history: logged(c, e, 'claim', task.node) };
}

/** 退回认领: the task is open to its whole role again. */
export function unclaim(c: Ctx, e: UnclaimEvent): Patch {
  const task = c.tasks.find((t) => t.id === e.taskId)!;
  emit(c, { type: 'task.claim', taskId: task.id, nodeId: task.node, claimedBy: null });
  return { tasks: withClaim(c, task.id, undefined), history: logged(c, e, 'unclaim', task.node) };
}

/**
 * The open tasks at active nodes that belong to `officer`: those it claimed, and those naming it by username
 * (assignee, 会签 member, candidate user), whoever may have claimed them.
 */
export function tasksOfOfficer(flow: FlowIndex, tasks: OpenTask[], active: string[], officer: string): OpenTask[] {
  return tasks.filter(
    (t) => active.includes(t.node) && (t.claimedBy === officer || candidatesOf(flow, t).users.includes(officer)),
  );
}

/** A reassignment needs a task of the disabled officer on this item. */
export function checkReassign(flow: FlowIndex, s: InstanceState, e: ReassignEvent, active: string[]): void {
  ensure(
    tasksOfOfficer(flow, s.tasks, active, e.from).length > 0,
    'NOTHING_TO_REASSIGN',
    `${e.from} 在该办件上没有待办任务`,
  );
}

/**
 * 转办: each task of `from` goes to `to` (its B post) or back to its queue (`to` null): its claim passes to `to`
 * or is given back (`task.claim`), and a task naming `from` names `to` in its place, or — naming nobody then —
 * is its department's queue (`task.address`, see `reassignedAddress`). One timeline entry per task.
 */
export function reassign(c: Ctx, e: ReassignEvent): Patch {
  let tasks = c.tasks;
  let history = c.history;
  for (const task of tasksOfOfficer(c.$.flow, c.tasks, c.$.active, e.from)) {
    let moved: OpenTask = task;
    if (task.claimedBy === e.from) {
      emit(c, { type: 'task.claim', taskId: task.id, nodeId: task.node, claimedBy: e.to });
      const { claimedBy: _previous, ...rest } = moved;
      moved = e.to === null ? rest : { ...rest, claimedBy: e.to };
    }
    const named = { ...candidatesOf(c.$.flow, task), department: taskDepartment(c.$.flow, task) };
    const addressed = reassignedAddress(named, e.from, e.to, e.department ?? null);
    if (addressed) {
      moved = { ...moved, addressed };
      const { department, roles: candidateRoles, users: candidateUsers } = addressed;
      emit(c, { type: 'task.address', taskId: task.id, nodeId: task.node, department, candidateRoles, candidateUsers });
    }
    tasks = tasks.map((t) => (t.id === task.id ? moved : t));
    history = logged({ ...c, history }, e, 'reassign', task.node, `${e.from} → ${e.to ?? '部门待办'}`);
  }
  return { tasks, history };
}
