import type { FlowDirectory } from '@tongban/flow-model';
import type { WorkCalendar } from '@tongban/work-calendar';
import { compiled } from '../compile/compile';
import type { Effect, TimerScheduleEffect } from '../effects';
import { EngineError } from '../errors';
import type { EngineContext, EngineEvent, EngineSnapshot, Instant, ItemStatus, StartInput } from '../types';
import { statusOf } from './inspect';
import { activeNodes } from './snapshot';
import { start } from './start';
import { step } from './step';

/** A script line: a command at an instant (actor defaults to `simulator`), or just letting time pass. */
export type ScriptStep =
  { at: Instant; event: EngineEvent | (Omit<EngineEvent, 'actor'> & { actor?: string }) } | { advanceTo: Instant };

export interface TraceEntry {
  at: Instant;
  event: EngineEvent | { type: 'start' };
  effects: Effect[];
  status: ItemStatus;
  activeNodes: string[];
  /** The command was refused; the item is unchanged. */
  error?: { code: string; status: number; message: string };
}

export interface SimulationOptions {
  calendar: WorkCalendar;
  startAt: Instant;
  /** Defaults to a counter: `id-1`, `id-2`, … */
  newId?: () => string;
  /** The center's directory, so a 会签 over a role opens one task per member as on the server. */
  directory?: FlowDirectory;
}

export interface SimulationResult {
  trace: TraceEntry[];
  snapshot: EngineSnapshot;
  /** Timers still scheduled when the script ends, in due order. */
  pendingTimers: TimerScheduleEffect[];
}

const ms = (at: Instant) => Date.parse(at);

/**
 * Runs an item on a manual clock: each script line first fires, in due order, every scheduled timer
 * that falls due up to its instant (timers come from timer.schedule effects and go with timer.cancel),
 * then applies its command. Refused commands are recorded in the trace, not thrown.
 */
export function simulate(
  def: unknown,
  input: StartInput,
  script: ScriptStep[],
  opts: SimulationOptions,
): SimulationResult {
  const { flow } = compiled(def);
  let counter = 0;
  const newId = opts.newId ?? (() => `id-${++counter}`);
  let clock = opts.startAt;
  const timers = new Map<string, TimerScheduleEffect>();
  const trace: TraceEntry[] = [];
  const ctxAt = (now: Instant): EngineContext => ({ now, newId, calendar: opts.calendar, directory: opts.directory });

  const record = (at: Instant, event: TraceEntry['event'], snapshot: EngineSnapshot, effects: Effect[]) => {
    for (const e of effects) {
      if (e.type === 'timer.schedule') timers.set(e.timerId, e);
      else if (e.type === 'timer.cancel') timers.delete(e.timerId);
    }
    const active = snapshot.status === 'done' ? [] : activeNodes(flow, snapshot.value);
    const entry: TraceEntry = { at, event, effects, status: statusOf(flow, snapshot, active), activeNodes: active };
    trace.push(entry);
    return entry;
  };

  let { snapshot, effects } = start(def, input, ctxAt(clock));
  record(clock, { type: 'start' }, snapshot, effects);

  const advance = (to: Instant) => {
    if (ms(to) < ms(clock)) throw new RangeError(`The script goes back in time: ${to} < ${clock}`);
    for (;;) {
      const due = [...timers.values()]
        .filter((t) => ms(t.dueAt) <= ms(to))
        .sort((a, b) => ms(a.dueAt) - ms(b.dueAt))[0];
      if (!due) break;
      timers.delete(due.timerId);
      if (ms(due.dueAt) > ms(clock)) clock = due.dueAt;
      const event = { type: 'timer' as const, timerId: due.timerId };
      ({ snapshot, effects } = step(def, snapshot, event, ctxAt(clock)));
      record(clock, event, snapshot, effects);
    }
    clock = to;
  };

  for (const line of script) {
    if ('advanceTo' in line) {
      advance(line.advanceTo);
      continue;
    }
    advance(line.at);
    const event = { actor: 'simulator', ...line.event } as EngineEvent;
    try {
      ({ snapshot, effects } = step(def, snapshot, event, ctxAt(clock)));
      record(clock, event, snapshot, effects);
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
      record(clock, event, snapshot, []).error = { code: err.code, status: err.status, message: err.message };
    }
  }
  const pendingTimers = [...timers.values()].sort((a, b) => ms(a.dueAt) - ms(b.dueAt));
  return { trace, snapshot, pendingTimers };
}
