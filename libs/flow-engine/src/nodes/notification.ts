import type { NotificationNode } from '@tongban/flow-model';
import type { NodeKind } from './node-kind';
import { onwardsPastChain, passThrough } from './pass-through';
import { notifyOnce } from './pass-work';

/** `notification`: emits a notify effect and moves on. */
export const notificationKind: NodeKind<NotificationNode> = {
  state: (node, b) => passThrough(b, node.id, onwardsPastChain(b, node.id), (c) => notifyOnce(c, node)),
};
