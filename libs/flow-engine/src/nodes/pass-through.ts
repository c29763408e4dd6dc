import { EngineError } from '../errors';
import { edgeFor } from '../compile/flow-index';
import { act, type AnyEvent, type Ctx, type Patch } from '../runtime/runtime';
import { countMove } from '../runtime/move-budget';
import type { Builder, StateConfig } from './node-kind';

/** The plain edge a pass-through node (start, join, notification, certificate) leaves by. */
export function onwards(b: Builder, nodeId: string): { target: string } {
  const edge = edgeFor(b.flow, nodeId, null);
  if (!edge) throw new EngineError('INVALID_DEFINITION', `Node ${nodeId} has no outgoing edge`);
  return { target: b.target(nodeId, edge.target) };
}

/**
 * The state of a node the item passes straight through: entering it counts one move against the step's
 * budget (a loop of such nodes would otherwise spin for ever) and runs `work`; it leaves at once by `leave`.
 */
export function passThrough(
  b: Builder,
  nodeId: string,
  leave: object | object[],
  work?: (c: Ctx, e: AnyEvent) => Patch | void,
): StateConfig {
  return {
    id: b.flow.keys.get(nodeId),
    entry: act((c, e) => (countMove(c), work?.(c, e))),
    always: leave,
  };
}
