import type { CertificateNode } from '@tongban/flow-model';
import { act, emit, logged } from '../runtime/runtime';
import type { NodeKind } from './node-kind';
import { onwards } from './pass-through';

/** `certificate` (统一出证): emits certificate.issue and moves on. */
export const certificateKind: NodeKind<CertificateNode> = {
  state: (node, b) => ({
    id: b.flow.keys.get(node.id),
    entry: act((c) => {
      emit(c, { type: 'certificate.issue', applicationId: c.applicationId, applicant: c.applicant, nodeId: node.id });
      return { history: logged(c, { type: 'flow' }, 'certificate', node.id) };
    }),
    always: onwards(b, node.id),
  }),
};
