import type { EndNode } from '@tongban/flow-model';
import { finish } from '../runtime/finish';
import { act } from '../runtime/runtime';
import type { NodeKind } from './node-kind';

/** `end`: a final state; the item finishes with the node's outcome. */
export const endKind: NodeKind<EndNode> = {
  state: (node, b) => ({
    id: b.flow.keys.get(node.id),
    type: 'final',
    entry: act((c) => finish(c, { type: 'flow' }, node.outcome, node.id)),
  }),
};
