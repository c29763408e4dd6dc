import type { FlowError } from '@tongban/flow-model';

export interface ProblemIndex {
  byNode: Map<string, string[]>;
  byEdge: Map<string, string[]>;
  /** Errors that name neither a node nor an edge (no start, no acceptance, …). */
  general: FlowError[];
}

export const NO_PROBLEMS: ProblemIndex = { byNode: new Map(), byEdge: new Map(), general: [] };

const push = (map: Map<string, string[]>, id: string, message: string) => {
  const list = map.get(id);
  if (!list) map.set(id, [message]);
  else if (!list.includes(message)) list.push(message);
};

/** Groups validateFlow's errors by the element they mark, so a card or edge can show its own. */
export function indexProblems(errors: readonly FlowError[]): ProblemIndex {
  const index: ProblemIndex = { byNode: new Map(), byEdge: new Map(), general: [] };
  for (const error of errors) {
    if (error.nodeId) push(index.byNode, error.nodeId, error.message);
    if (error.edgeId) push(index.byEdge, error.edgeId, error.message);
    if (!error.nodeId && !error.edgeId) index.general.push(error);
  }
  return index;
}
