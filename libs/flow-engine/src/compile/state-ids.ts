import type { FlowIndex } from './flow-index';

/**
 * The id of the final state that closes branch `branch` of a parallel block. A leaf module: the builder
 * (targets into a join) and the parallel node kind (the branch's final state) both need it, and the builder
 * already depends on the node registry, which depends on the parallel kind.
 */
export const branchDoneId = (flow: FlowIndex, parallelId: string, branch: number): string =>
  `${flow.keys.get(parallelId)}$${branch}`;
