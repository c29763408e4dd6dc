import { compiled } from '../compile/compile';
import { EngineError } from '../errors';
import type { EngineContext, EngineSnapshot, InstanceState, StepResult } from '../types';
import { checkCommand } from './checks';
import { checkEventShape } from './event-shape';
import { netEffects } from './net-effects';
import { runEvent } from './run-machine';
import { activeNodes, withCalendarRevision } from './snapshot';
import { intakeClocks } from '../runtime/intake-clocks';
import { movedDues, nothingMoves } from '../runtime/recalculate';

/** The current timer with this id that is due at `now`; a stale, unknown or early one is not. */
function isDueTimer(s: InstanceState, timerId: string, now: string): boolean {
  const clock = [s.item, s.statutory, ...Object.values(s.clocks), ...intakeClocks(s)].find(
    (c) => !!c && c.timer === timerId,
  );
  return !!clock?.due && Date.parse(now) >= Date.parse(clock.due);
}

/**
 * Applies one command, timer or recalculation to a stored snapshot and returns the next snapshot with the
 * effects the shell must carry out. A refused command throws EngineError and changes nothing. A timer that is
 * no longer current (paused, extended, node left, already fired), or not due yet at `ctx.now`, returns the
 * same snapshot and no effects; so does a `recalculate` that moves no running deadline (or meets a finished
 * item). A step that changes the snapshot records `ctx.calendarRevision` (a recalculation: its own revision).
 */
export function step(def: unknown, snapshot: EngineSnapshot, event: unknown, ctx: EngineContext): StepResult {
  const { flow, machine } = compiled(def);
  const e = checkEventShape(event);
  const active = activeNodes(flow, snapshot.value);
  if (e.type === 'timer') {
    if (snapshot.status !== 'active' || !isDueTimer(snapshot.context, e.timerId, ctx.now))
      return { snapshot, effects: [] };
  } else if (e.type === 'recalculate') {
    if (snapshot.status !== 'active' || nothingMoves(movedDues(snapshot.context, flow, ctx.calendar, ctx.now)))
      return { snapshot, effects: [] };
  } else {
    checkCommand(flow, snapshot, e, active, ctx);
  }
  const rt = {
    now: ctx.now,
    newId: ctx.newId,
    calendar: ctx.calendar,
    directory: ctx.directory,
    flow,
    active,
    out: [],
    moves: 0,
  };
  const result = runEvent(machine, snapshot, e, rt);
  if (!result) throw new EngineError('COMMAND_NOT_ALLOWED', `当前状态下不能执行「${e.type}」`);
  const revision = e.type === 'recalculate' ? e.revision : ctx.calendarRevision;
  return { snapshot: withCalendarRevision(result.snapshot, revision), effects: netEffects(result.effects) };
}
