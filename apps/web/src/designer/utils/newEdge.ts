import { OUTCOMES_BY_NODE_TYPE, type FlowDefinition, type FlowEdge } from '@tongban/flow-model';
import { freshId } from './newNode';
import { outcomeLabel } from './outcomeLabel';

/**
 * The edge a user draws from `source` to `target`. Its outcome is the source's first one still
 * unused (accept, then reject; approve, then reject) with its label; a condition's first branch becomes
 * the default.
 */
export function createEdge(def: FlowDefinition, source: string, target: string): FlowEdge {
  const id = freshId(new Set(def.edges.map((edge) => edge.id)), `e-${source}-${target}`);
  const sourceNode = def.nodes.find((node) => node.id === source);
  const outgoing = def.edges.filter((edge) => edge.source === source);
  if (sourceNode?.type === 'condition') {
    return outgoing.some((edge) => edge.default) ? { id, source, target } : { id, source, target, default: true };
  }
  const outcomes = sourceNode ? (OUTCOMES_BY_NODE_TYPE[sourceNode.type] ?? []) : [];
  if (outcomes.length === 0) return { id, source, target };
  const used = new Set(outgoing.map((edge) => edge.on ?? outcomes[0]));
  const on = outcomes.find((outcome) => outcome !== 'return' && !used.has(outcome));
  // A decision's edge carries its words (同意 / 不同意, 受理 / 不予受理), as the shipped flows do.
  const label = sourceNode && on ? outcomeLabel(sourceNode.type, on) : undefined;
  return on ? { id, source, target, on, ...(label ? { label } : {}) } : { id, source, target };
}

/** Why a drawn connection is refused, or null when it may be made. */
export function connectionProblem(
  def: FlowDefinition,
  source: string,
  target: string,
): 'self' | 'duplicate' | 'intoStart' | 'fromEnd' | null {
  if (source === target) return 'self';
  const type = (id: string) => def.nodes.find((node) => node.id === id)?.type;
  if (type(target) === 'start') return 'intoStart';
  if (type(source) === 'end') return 'fromEnd';
  if (def.edges.some((edge) => edge.source === source && edge.target === target)) return 'duplicate';
  return null;
}
