import { countersignMembers, voteResult, type ReviewNode } from '@tongban/flow-model';
import { holdItemClock, startStepClock } from '../runtime/clocks';
import { recordOpinion } from '../runtime/consolidation';
import { patched } from '../runtime/leave';
import { logged, type Ctx, type Patch } from '../runtime/runtime';
import { closeTasks, openTask, tasksOf } from '../runtime/tasks';
import type { Ballot, DecideEvent } from '../types';

/**
 * Entering a review: its clock starts (the item's stops if the step does not count toward the limit),
 * then its tasks open. `any`: one task for all candidates; `all`: one per member (see `openCountersign`);
 * `sequential`: the first participant's.
 */
export function enterReview(c: Ctx, node: ReviewNode): Patch {
  let s = patched(c, startStepClock(c, node.id));
  if (node.countsTowardLimit === false) s = patched(s, holdItemClock(s, node.id, node.name ?? node.id));
  if (node.mode === 'any') s = patched(s, { tasks: openTask(s, node.id) });
  else if (node.mode === 'sequential') s = patched(s, { tasks: openTask(s, node.id, 0) });
  else s = patched(s, openCountersign(s, node));
  return {
    clocks: s.clocks,
    tasks: s.tasks,
    item: s.item,
    statutory: s.statutory,
    pauses: s.pauses,
    ballots: s.ballots,
  };
}

/**
 * 会签: one task per member. With the directory, each listed user and each member of each listed role in the
 * step's department (a role with no member keeps one task for the role, which whoever holds it later may
 * take); without it, one task per listed user and role. The members are kept in the ballot, so the
 * item's views and replays never ask the directory again.
 */
function openCountersign(c: Ctx, node: ReviewNode): Patch {
  const participants = c.$.flow.participants.get(node.id) ?? [];
  const members = c.$.directory
    ? countersignMembers(c.$.directory, node.assignees, node.department)
    : participants.map(({ kind, name }) => ({ kind, name }));
  let s = c;
  for (const member of members) {
    const p = participants.findIndex((x) => x.kind === member.kind && x.name === member.name);
    const tasks = p >= 0 ? openTask(s, node.id, p) : openTask(s, node.id, undefined, member.name);
    s = patched(s, { tasks });
  }
  const ballot: Ballot = { members: members.map((m) => m.name), of: members.length, approve: 0, reject: 0 };
  return { tasks: s.tasks, ballots: { ...c.ballots, [node.id]: ballot } };
}

/**
 * A participant's decision (a reject carries its reason: checked with the event's shape): history, the vote of a 会签, the
 * opinion a consolidating lead will see, and in `sequential` after an approve that does not decide the
 * node, the next participant's task.
 */
export function decide(c: Ctx, e: DecideEvent, node: ReviewNode): Patch {
  // A decision that takes the item out has had its task closed (and its ballot cleared) on leaving (see leaveNode).
  const task = c.tasks.find((t) => t.id === e.taskId);
  const decided = task === undefined;
  const comment = e.comment?.trim() ?? '';
  let s = task
    ? patched(c, { tasks: closeTasks(c, [task], { reason: 'completed', decision: e.decision, actor: e.actor }) })
    : c;
  if (task && node.mode === 'sequential' && e.decision === 'approve') {
    s = patched(s, { tasks: openTask(s, node.id, (task.p ?? 0) + 1) });
  }
  const ballot = c.ballots?.[node.id];
  const ballots = ballot && !decided ? { ...c.ballots, [node.id]: voted(ballot, e) } : c.ballots;
  const opinions = decided && e.decision !== 'return' ? recordOpinion(c, node.id, e.decision, e, comment) : c.opinions;
  return { tasks: s.tasks, history: logged(c, e, e.decision, node.id, comment), ballots, opinions };
}

function voted(ballot: Ballot, e: DecideEvent): Ballot {
  if (e.decision === 'approve') return { ...ballot, approve: ballot.approve + 1 };
  if (e.decision === 'reject') return { ...ballot, reject: ballot.reject + 1 };
  return ballot;
}

/**
 * Whether this decision decides the node (and so leaves it), or only its participant's part. A return,
 * and a decision in the department's name (首席代表), always decide; a 会签 is decided by its vote rule.
 */
export function decidesNode(c: Ctx, e: DecideEvent, node: ReviewNode): boolean {
  if (e.decision === 'return' || node.mode === 'any' || e.inNameOf !== undefined) return true;
  const ballot = c.ballots?.[node.id];
  if (node.mode === 'all' && ballot) return voteResult(node.vote ?? 'all', voted(ballot, e)) !== null;
  if (e.decision !== 'approve') return true;
  const task = c.tasks.find((t) => t.id === e.taskId)!;
  // A 会签 stored before vote rules existed: every task approves.
  if (node.mode === 'all') return tasksOf(c, node.id).length === 1;
  return (task.p ?? 0) + 1 >= (c.$.flow.participants.get(node.id)?.length ?? 0);
}
