import type { CertificateNode } from '@tongban/flow-model';
import { emit, logged } from '../runtime/runtime';
import type { NodeKind } from './node-kind';
import { onwards, passThrough } from './pass-through';

/** `certificate` (统一出证): emits certificate.issue and moves on. */
export const certificateKind: NodeKind<CertificateNode> = {
  state: (node, b) =>
    passThrough(b, node.id, onwards(b, node.id), (c) => {
      emit(c, { type: 'certificate.issue', applicationId: c.applicationId, applicant: c.applicant, nodeId: node.id });
      return { history: logged(c, { type: 'flow' }, 'certificate', node.id) };
    }),
};
