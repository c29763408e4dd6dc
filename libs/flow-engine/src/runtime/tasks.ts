import type { TaskCloseEffect, TaskOpenEffect } from '../effects';
import type { FlowIndex } from '../compile/flow-index';
import type { InstanceState, OpenTask } from '../types';
import { emit, type Ctx } from './runtime';

/**
 * Who may take a task: the whole assignee list, one participant of an `all` / `sequential` review, the
 * member a 会签 task went to, or for a consolidation task at a join, the lead review's assignees — unless the
 * task was readdressed (an officer it named was disabled): then those it goes to now, the participant kept (the
 * vote is still that member's, carried by the new holder).
 */
export function candidatesOf(
  flow: FlowIndex,
  task: OpenTask,
): { roles: string[]; users: string[]; participant?: string } {
  const named = namedBy(flow, task);
  if (!task.addressed) return named;
  const { roles, users } = task.addressed;
  return { ...named, roles: [...roles], users: [...users] };
}

function namedBy(flow: FlowIndex, task: OpenTask): { roles: string[]; users: string[]; participant?: string } {
  if (task.m !== undefined) return { roles: [], users: [task.m], participant: task.m };
  const node = flow.nodes.get(flow.leadOf.get(task.node) ?? task.node);
  const assignees = node && 'assignees' in node && node.assignees ? node.assignees : { roles: [], users: [] };
  if (task.p === undefined) return { roles: [...assignees.roles], users: [...assignees.users] };
  const p = flow.participants.get(task.node)?.[task.p];
  if (!p) return { roles: [], users: [] };
  return p.kind === 'user'
    ? { roles: [], users: [p.name], participant: p.name }
    : { roles: [p.name], users: [], participant: p.name };
}

/** A step's department; a consolidation at a join is the lead department's. */
export function departmentOf(flow: FlowIndex, nodeId: string): string | null {
  const node = flow.nodes.get(flow.leadOf.get(nodeId) ?? nodeId);
  return node && 'department' in node && node.department ? node.department : null;
}

/** A task's department: its step's, or the one it was readdressed to. */
export function taskDepartment(flow: FlowIndex, task: OpenTask): string | null {
  return task.addressed ? task.addressed.department : departmentOf(flow, task.node);
}

/** The one user a task names, who answers for it; null when it goes to a role or to several users. */
export function soleUser(flow: FlowIndex, task: OpenTask): string | null {
  const { users, roles } = candidatesOf(flow, task);
  return users.length === 1 && roles.length === 0 ? users[0] : null;
}

/**
 * Who answers for a task's lapse: its claimer, else the one user it names; null when it is still open to a role
 * (the lapse is then its department's).
 */
export function answerableOfficer(flow: FlowIndex, task: OpenTask): string | null {
  return task.claimedBy ?? soleUser(flow, task);
}

export function tasksOf(s: InstanceState, nodeId: string): OpenTask[] {
  return s.tasks.filter((t) => t.node === nodeId);
}

export function taskOpenEffect(flow: FlowIndex, s: InstanceState, task: OpenTask): TaskOpenEffect {
  const { roles, users, participant } = candidatesOf(flow, task);
  const effect: TaskOpenEffect = {
    type: 'task.open',
    taskId: task.id,
    nodeId: task.node,
    department: taskDepartment(flow, task),
    candidateRoles: roles,
    candidateUsers: users,
    deadline: s.clocks[task.node]?.due ?? null,
  };
  if (participant !== undefined) effect.participant = participant;
  return effect;
}

/** Opens a task with a fresh id (for one participant `p`, or one member `m`); returns the new open-task list. */
export function openTask(c: Ctx, nodeId: string, p?: number, m?: string): OpenTask[] {
  const task: OpenTask = { id: c.$.newId(), node: nodeId };
  if (p !== undefined) task.p = p;
  if (m !== undefined) task.m = m;
  emit(c, taskOpenEffect(c.$.flow, c, task));
  return [...c.tasks, task];
}

/** Closes the given tasks; returns the remaining open-task list. */
export function closeTasks(
  c: Ctx,
  tasks: OpenTask[],
  close: Omit<TaskCloseEffect, 'type' | 'taskId' | 'nodeId'>,
): OpenTask[] {
  if (tasks.length === 0) return c.tasks;
  for (const t of tasks) {
    // Deciding an unclaimed task claims it first: whoever decides has answered for it.
    if (close.reason === 'completed' && close.actor && t.claimedBy === undefined)
      emit(c, { type: 'task.claim', taskId: t.id, nodeId: t.node, claimedBy: close.actor });
    emit(c, { type: 'task.close', taskId: t.id, nodeId: t.node, ...close });
  }
  const closed = new Set(tasks);
  return c.tasks.filter((t) => !closed.has(t));
}
