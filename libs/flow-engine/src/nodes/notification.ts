import type { NotificationNode } from '@tongban/flow-model';
import { emit, logged, type Ctx, type Patch } from '../runtime/runtime';
import type { NodeKind } from './node-kind';
import { onwards, passThrough } from './pass-through';

/** What passing a notification does: the notify effect and its timeline entry. */
export function notifyOnce(c: Ctx, node: NotificationNode): Patch {
  const payload = { applicationId: c.applicationId, applicant: c.applicant, nodeId: node.id, message: node.template };
  emit(c, { type: 'notify', to: node.to, template: node.template, payload });
  return { history: logged(c, { type: 'flow' }, 'notify', node.id, node.to) };
}

/** `notification`: emits a notify effect and moves on. */
export const notificationKind: NodeKind<NotificationNode> = {
  state: (node, b) => passThrough(b, node.id, onwards(b, node.id), (c) => notifyOnce(c, node)),
};
