import { edgeFor } from '../compile/flow-index';
import { when } from '../runtime/runtime';
import type { Builder } from './node-kind';

/** The XState target of a node's outcome: its edge, or for a reject with no edge, the rejected end. */
export function outcomeTarget(b: Builder, nodeId: string, outcome: string): string | null {
  const edge = edgeFor(b.flow, nodeId, outcome);
  if (edge) return b.target(nodeId, edge.target);
  return outcome === 'reject' ? '#$rejected' : null;
}

/**
 * Tacit approval records its verdict first (while the lapsed tasks are still there to name the
 * officers), then this eventless transition leaves by the approve edge.
 */
export function tacitRoute(b: Builder, nodeId: string, outcome: 'accept' | 'approve') {
  const target = outcomeTarget(b, nodeId, outcome);
  return target ? [{ guard: when((c) => c.verdicts[nodeId] === 'approve'), target }] : [];
}
