import type { OpenTask } from '../types';
import { releaseItemClock, stopStepClock } from './clocks';
import { without, type AnyEvent, type Ctx, type Patch } from './runtime';
import { closeTasks } from './tasks';

/**
 * Leaving a node by any way: the task whose decision makes the item leave closes as completed, by
 * whichever node exits first (XState exits parallel regions last to first), so the decision leads the
 * effects; the node's other tasks are cancelled; its step clock's timer is cancelled.
 */
export function leaveNode(c: Ctx, nodeId: string, e: AnyEvent): Patch {
  let tasks = c.tasks;
  if (e.type === 'decide') {
    const d = e as { taskId: string; decision: 'approve' | 'reject' | 'return'; actor: string };
    const decided: OpenTask[] = c.tasks.filter((t) => t.id === d.taskId);
    tasks = closeTasks(c, decided, { reason: 'completed', decision: d.decision, actor: d.actor });
  }
  tasks = closeTasks(
    { ...c, tasks },
    tasks.filter((t) => t.node === nodeId),
    { reason: 'cancelled' },
  );
  const { clocks = c.clocks } = stopStepClock(c, nodeId);
  const released = releaseItemClock({ ...c, tasks, clocks }, nodeId);
  const ballots = c.ballots && without(c.ballots, nodeId);
  return { tasks, clocks, verdicts: without(c.verdicts, nodeId), ...(ballots && { ballots }), ...released };
}

/** The context with a patch applied, for actions that compose several updates. */
export function patched(c: Ctx, patch: Patch): Ctx {
  return { ...c, ...patch };
}
