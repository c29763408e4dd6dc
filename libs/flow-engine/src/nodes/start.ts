import type { StartNode } from '@tongban/flow-model';
import type { NodeKind } from './node-kind';
import { onwards } from './pass-through';

/** `start`: the submission; the item moves straight on (the `submit` entry is written by `start`). */
export const startKind: NodeKind<StartNode> = {
  state: (node, b) => ({ id: b.flow.keys.get(node.id), always: onwards(b, node.id) }),
};
