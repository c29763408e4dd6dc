import { flowChecksum } from '@tongban/flow-model';
import { createMachine, type AnyStateMachine } from 'xstate';
import { lateSupplementHandler } from '../nodes/acceptance-actions';
import { itemHandlers, rejectedState, withdrawnState } from '../runtime/item-commands';
import { createBuilder } from './builder';
import { indexFlow, type FlowIndex } from './flow-index';
import { ROOT } from './placement';

export interface CompiledFlow {
  flow: FlowIndex;
  machine: AnyStateMachine;
}

// Definitions usually arrive as the same object (WeakMap hit); one freshly parsed from the database per
// command still finds its machine by checksum instead of being compiled again.
const byObject = new WeakMap<object, CompiledFlow>();
const byChecksum = new Map<string, CompiledFlow>();
const CHECKSUM_CACHE_SIZE = 256;

function build(def: unknown): CompiledFlow {
  const flow = indexFlow(def);
  const b = createBuilder(flow);
  const config = {
    id: '$flow',
    initial: flow.keys.get(flow.startId),
    context: ({ input }: { input: unknown }) => input,
    states: { ...b.states(ROOT), $rejected: rejectedState, $withdrawn: withdrawnState },
    on: { ...itemHandlers(), supplement: lateSupplementHandler },
  };
  return { flow, machine: createMachine(config as never) as unknown as AnyStateMachine };
}

/** The compiled form of a definition, cached per definition object and per checksum. */
export function compiled(def: unknown): CompiledFlow {
  const isObject = typeof def === 'object' && def !== null;
  if (isObject) {
    const hit = byObject.get(def);
    if (hit) return hit;
  }
  const sum = flowChecksum(def as never);
  let hit = byChecksum.get(sum);
  if (!hit) {
    hit = build(def);
    byChecksum.set(sum, hit);
    if (byChecksum.size > CHECKSUM_CACHE_SIZE) byChecksum.delete(byChecksum.keys().next().value!);
  }
  if (isObject) byObject.set(def, hit);
  return hit;
}

/**
 * Compiles a flow definition to an XState v5 machine: one state per node, a parallel state per
 * `parallel … join` block, final states for the ends. Its context is the item's `InstanceState`; clocks
 * are data and timers are effects, never `after` delays. Throws EngineError INVALID_DEFINITION (with
 * flow-model's validation errors in `details`) for a definition that does not validate.
 */
export function compile(def: unknown): AnyStateMachine {
  return compiled(def).machine;
}
