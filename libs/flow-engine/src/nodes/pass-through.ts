import { EngineError } from '../errors';
import { edgeFor } from '../compile/flow-index';
import type { Builder } from './node-kind';

/** The eventless transition a pass-through node (start, join, notification, certificate) leaves by. */
export function onwards(b: Builder, nodeId: string): { target: string } {
  const edge = edgeFor(b.flow, nodeId, null);
  if (!edge) throw new EngineError('INVALID_DEFINITION', `Node ${nodeId} has no outgoing edge`);
  return { target: b.target(nodeId, edge.target) };
}
