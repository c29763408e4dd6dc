import type { JoinNode } from '@tongban/flow-model';
import type { NodeKind } from './node-kind';
import { onwards, passThrough } from './pass-through';

/**
 * `join`: entered when its parallel block completes (see parallel.ts, which counts finished branches
 * against the policy); the item moves straight on.
 */
export const joinKind: NodeKind<JoinNode> = {
  state: (node, b) => passThrough(b, node.id, onwards(b, node.id)),
};
