import type { NotificationNode } from '@tongban/flow-model';
import { emit, logged } from '../runtime/runtime';
import type { NodeKind } from './node-kind';
import { onwards, passThrough } from './pass-through';

/** `notification`: emits a notify effect and moves on. */
export const notificationKind: NodeKind<NotificationNode> = {
  state: (node, b) =>
    passThrough(b, node.id, onwards(b, node.id), (c) => {
      const payload = {
        applicationId: c.applicationId,
        applicant: c.applicant,
        nodeId: node.id,
        message: node.template,
      };
      emit(c, { type: 'notify', to: node.to, template: node.template, payload });
      return { history: logged(c, { type: 'flow' }, 'notify', node.id, node.to) };
    }),
};
