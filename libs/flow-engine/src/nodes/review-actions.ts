import type { ReviewNode } from '@tongban/flow-model';
import { holdItemClock, startStepClock } from '../runtime/clocks';
import { patched } from '../runtime/leave';
import { logged, type Ctx, type Patch } from '../runtime/runtime';
import { closeTasks, openTask, tasksOf } from '../runtime/tasks';
import type { DecideEvent } from '../types';

/**
 * Entering a review: its clock starts (the item's stops if the step does not count toward the limit),
 * then its tasks open. `any`: one task for all candidates;
 * `all`: one per participant; `sequential`: the first participant's.
 */
export function enterReview(c: Ctx, node: ReviewNode): Patch {
  let s = patched(c, startStepClock(c, node.id));
  if (node.countsTowardLimit === false) s = patched(s, holdItemClock(s, node.id, node.name ?? node.id));
  const count = c.$.flow.participants.get(node.id)?.length ?? 0;
  if (node.mode === 'any') s = patched(s, { tasks: openTask(s, node.id) });
  else if (node.mode === 'sequential') s = patched(s, { tasks: openTask(s, node.id, 0) });
  else for (let p = 0; p < count; p++) s = patched(s, { tasks: openTask(s, node.id, p) });
  return { clocks: s.clocks, tasks: s.tasks, item: s.item, statutory: s.statutory, pauses: s.pauses };
}

/**
 * A participant's decision (a reject carries its reason: checked with the event's shape): history, and in `sequential` after an
 * approve that does not decide the node, the next participant's task.
 */
export function decide(c: Ctx, e: DecideEvent, node: ReviewNode): Patch {
  // A decision that takes the item out has had its task closed on leaving (see leaveNode).
  const task = c.tasks.find((t) => t.id === e.taskId);
  const comment = e.comment?.trim() ?? '';
  let s = task
    ? patched(c, { tasks: closeTasks(c, [task], { reason: 'completed', decision: e.decision, actor: e.actor }) })
    : c;
  if (task && node.mode === 'sequential' && e.decision === 'approve') {
    s = patched(s, { tasks: openTask(s, node.id, (task.p ?? 0) + 1) });
  }
  return { tasks: s.tasks, history: logged(c, e, e.decision, node.id, comment) };
}

/** Whether this decision decides the node (and so leaves it), or only its participant's part. */
export function decidesNode(c: Ctx, e: DecideEvent, node: ReviewNode): boolean {
  if (e.decision !== 'approve' || node.mode === 'any') return true;
  const task = c.tasks.find((t) => t.id === e.taskId)!;
  if (node.mode === 'all') return tasksOf(c, node.id).length === 1;
  return (task.p ?? 0) + 1 >= (c.$.flow.participants.get(node.id)?.length ?? 0);
}
