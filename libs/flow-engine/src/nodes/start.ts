import type { StartNode } from '@tongban/flow-model';
import type { NodeKind } from './node-kind';
import { onwards, passThrough } from './pass-through';

/** `start`: the submission; the item moves straight on (the `submit` entry is written by `start`). */
export const startKind: NodeKind<StartNode> = {
  state: (node, b) => passThrough(b, node.id, onwards(b, node.id)),
};
