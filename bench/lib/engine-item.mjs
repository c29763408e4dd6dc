// The benchmark item run through the pure engine in memory (libs/flow-engine/dist), exactly as the command
// executor calls it: inspect before, step, inspect after.
import { apiRequire, workflow } from './env.mjs';

const engine = apiRequire('@tongban/flow-engine');
const { createWorkCalendar } = apiRequire('@tongban/work-calendar');

export const definition = workflow('parallel-review');
export const calendar = createWorkCalendar();
export const START_AT = '2026-09-21T02:00:00.000Z';

let counter = 0;
const newId = () => `id-${(++counter).toString(36)}`;

/**
 * One item in memory: start → accept → 3 approvals. Returns the final snapshot, the largest snapshot JSON
 * seen, and the per-command snapshots and effects (for realistic SQL payloads).
 * `withInspect` adds the two inspect() calls the executor makes around each step.
 */
export function runItemInMemory(applicationId, { withInspect = true, keep = false } = {}) {
  const ctx = { now: START_AT, newId, calendar };
  const started = engine.start(
    definition,
    {
      applicationId,
      applicant: 'alice',
      data: { project: 'bench' },
      materials: ['M01', 'M02', 'M03'],
      channel: 'online',
    },
    ctx,
  );
  if (withInspect) engine.inspect(definition, started.snapshot, START_AT, calendar);
  let snapshot = started.snapshot;
  const steps = keep ? [{ command: 'submit', snapshot, effects: started.effects }] : null;
  const apply = (event) => {
    if (withInspect) engine.inspect(definition, snapshot, START_AT, calendar);
    const result = engine.step(definition, snapshot, event, ctx);
    const after = withInspect ? engine.inspect(definition, result.snapshot, START_AT, calendar) : null;
    snapshot = result.snapshot;
    steps?.push({ command: event.type, event, snapshot, effects: result.effects });
    return { result, after };
  };
  const { result } = apply({ type: 'accept', actor: 'window1' });
  const tasks = result.effects.filter((effect) => effect.type === 'task.open');
  if (tasks.length !== 3) throw new Error(`expected 3 tasks, got ${tasks.length}`);
  for (const task of tasks) apply({ type: 'decide', taskId: task.taskId, decision: 'approve', actor: 'reviewer' });
  if (snapshot.context.outcome !== 'approved') throw new Error(`item ended as ${snapshot.context.outcome}`);
  return { snapshot, steps };
}

export { engine };
