import { fireStatutoryClock } from './clocks';
import { emit, logged, type Ctx, type Patch } from './runtime';
import { departmentOf, soleUser, tasksOf } from './tasks';

/** Where the item stands when a limit passes: each active step with its department and the officers it names. */
function standing(c: Ctx): { nodeId: string | null; department: string | null; officer: string | null }[] {
  const { flow, active } = c.$;
  const rows = active.flatMap((nodeId) => {
    const department = departmentOf(flow, nodeId);
    const tasks = tasksOf(c, nodeId);
    const officers = tasks.length > 0 ? [...new Set(tasks.map((t) => soleUser(flow, t)))] : [null];
    return officers.map((officer) => ({ nodeId, department, officer }));
  });
  return rows.length > 0 ? rows : [{ nodeId: null, department: null, officer: null }];
}

/**
 * The statutory deadline (法定时限) passed while the item is still running: a `statutory-overdue` entry per step
 * where it stands, once (the clock is marked fired and never scheduled again).
 */
export function statutoryTimedOut(c: Ctx, e: { type: string }): Patch {
  const note = `办件超过法定时限（${c.limit?.statutoryDays ?? 0}个工作日）仍未办结`;
  for (const { nodeId, department, officer } of standing(c)) {
    emit(c, { type: 'accountability', kind: 'statutory-overdue', department, officer, nodeId, note });
  }
  return { ...fireStatutoryClock(c), history: logged(c, e, 'statutory-overdue', null) };
}
