import type { CertificateNode } from '@tongban/flow-model';
import { emit, logged, type Ctx, type Patch } from '../runtime/runtime';
import type { NodeKind } from './node-kind';
import { onwards, passThrough } from './pass-through';

/** What passing a certificate node does: the certificate.issue effect and its timeline entry. */
export function certifyOnce(c: Ctx, node: CertificateNode): Patch {
  emit(c, { type: 'certificate.issue', applicationId: c.applicationId, applicant: c.applicant, nodeId: node.id });
  return { history: logged(c, { type: 'flow' }, 'certificate', node.id) };
}

/** `certificate` (统一出证): emits certificate.issue and moves on. */
export const certificateKind: NodeKind<CertificateNode> = {
  state: (node, b) => passThrough(b, node.id, onwards(b, node.id), (c) => certifyOnce(c, node)),
};
