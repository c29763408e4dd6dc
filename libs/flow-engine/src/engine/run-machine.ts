import type { AnyStateMachine } from 'xstate';
import type { Runtime } from '../runtime/runtime';
import type { EngineSnapshot } from '../types';
import { toEngineSnapshot } from './snapshot';

// XState's exported `transition()` builds a throwaway Actor per call, and an Actor eagerly computes the
// machine's initial snapshot (running its entry actions). The machine's own `transition` with an inert
// scope is the same pure step without that cost.
const noop = () => {};
const inertSystem = { _sendInspectionEvent: noop, _bookId: () => '', _logger: noop, get: () => undefined };
const inertScope = {
  self: {},
  id: '',
  sessionId: '',
  logger: noop,
  defer: noop,
  system: inertSystem,
  stopChild: noop,
  emit: noop,
  actionExecutor: noop,
};

type MachineSnapshot = ReturnType<AnyStateMachine['resolveState']>;

function unwrap(next: MachineSnapshot, rt: Runtime): { snapshot: EngineSnapshot; effects: Runtime['out'] } {
  if (next.status === 'error') throw next.error;
  return { snapshot: toEngineSnapshot(next), effects: rt.out };
}

/** Runs the machine's initial macrostep with `context` as the item's starting state. */
export function runInitial(machine: AnyStateMachine, context: object, rt: Runtime) {
  const next = machine.getInitialSnapshot(inertScope as never, { ...context, $: rt });
  return unwrap(next, rt);
}

/**
 * Runs one event through the machine from a stored snapshot. Returns null when no transition took it
 * (the machine's own word that the command is not allowed here).
 */
export function runEvent(machine: AnyStateMachine, snapshot: EngineSnapshot, event: object, rt: Runtime) {
  const current = machine.resolveState({
    value: snapshot.value,
    context: { ...snapshot.context, $: rt },
  } as never) as MachineSnapshot;
  const next = machine.transition(current, event as never, inertScope as never) as MachineSnapshot;
  if (next === current) return null;
  return unwrap(next, rt);
}
