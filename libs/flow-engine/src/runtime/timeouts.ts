import { fireStepClock } from './clocks';
import { patched } from './leave';
import { emit, logged, type AnyEvent, type Ctx, type Patch } from './runtime';
import { answerableOfficer, closeTasks, departmentOf, tasksOf } from './tasks';

/** Display name of a node for notes and notices. */
export function nameOf(c: Ctx, nodeId: string): string {
  return c.$.flow.nodes.get(nodeId)?.name ?? nodeId;
}

/**
 * Who let a step lapse: the claimer or named user of each open task (null for a task still open to a role), or
 * the item's owner at acceptance.
 */
export function lapsedOfficers(c: Ctx, nodeId: string): (string | null)[] {
  const tasks = tasksOf(c, nodeId);
  if (tasks.length > 0) return [...new Set(tasks.map((t) => answerableOfficer(c.$.flow, t)))];
  return [c.$.flow.nodes.get(nodeId)?.type === 'acceptance' ? c.owner : null];
}

/**
 * A step's deadline passed. `tacit-approve` completes it as approved (the lapse recorded against the
 * department and officer); `escalate` and `remind` notify and record the lapse but leave the step open;
 * with no `onTimeout` the lapse is only recorded.
 */
export function stepTimedOut(c: Ctx, e: AnyEvent, nodeId: string): Patch {
  const { flow } = c.$;
  const node = flow.nodes.get(nodeId)!;
  const onTimeout = 'onTimeout' in node ? node.onTimeout : undefined;
  const department = departmentOf(flow, nodeId);
  const name = nameOf(c, nodeId);
  const ledger = (kind: 'tacit-approval' | 'overdue-step', note: string) => {
    for (const officer of lapsedOfficers(c, nodeId)) {
      emit(c, { type: 'accountability', kind, department, officer, nodeId, note });
    }
  };
  const fired = patched(c, fireStepClock(c, nodeId));
  const payload = { applicationId: c.applicationId, nodeId, nodeName: name, department };

  if (onTimeout === 'tacit-approve') {
    ledger('tacit-approval', `「${name}」超过办理时限，按超期默许（视为同意）处理`);
    const tasks = closeTasks(fired, tasksOf(c, nodeId), { reason: 'timeout' });
    return {
      clocks: fired.clocks,
      tasks,
      verdicts: { ...c.verdicts, [nodeId]: 'approve' },
      tacit: [...c.tacit, nodeId],
      history: logged(c, e, 'tacit-approve', nodeId),
    };
  }
  ledger('overdue-step', `「${name}」超过办理时限`);
  if (onTimeout === 'escalate') {
    emit(c, {
      type: 'notify',
      to: `department-head:${department ?? ''}`,
      template: 'step-overdue-escalation',
      payload,
    });
  } else if (onTimeout === 'remind') {
    emit(c, { type: 'notify', to: `department:${department ?? ''}`, template: 'step-overdue-reminder', payload });
  }
  return { clocks: fired.clocks, history: logged(c, e, onTimeout ?? 'overdue', nodeId) };
}
