import type { CertificateNode, FlowNode, NotificationNode } from '@tongban/flow-model';
import { emit, logged, type Ctx, type Patch } from '../runtime/runtime';

/** What passing a node does to the item (effects and timeline), for the nodes passed without a choice. */
export type PassWork = (c: Ctx) => Patch;

/** What passing a notification does: the notify effect and its timeline entry. */
export function notifyOnce(c: Ctx, node: NotificationNode): Patch {
  const payload = { applicationId: c.applicationId, applicant: c.applicant, nodeId: node.id, message: node.template };
  emit(c, { type: 'notify', to: node.to, template: node.template, payload });
  return { history: logged(c, { type: 'flow' }, 'notify', node.id, node.to) };
}

/** What passing a certificate node does: the certificate.issue effect and its timeline entry. */
export function certifyOnce(c: Ctx, node: CertificateNode): Patch {
  emit(c, { type: 'certificate.issue', applicationId: c.applicationId, applicant: c.applicant, nodeId: node.id });
  return { history: logged(c, { type: 'flow' }, 'certificate', node.id) };
}

/** The work of a node passed with one way on and nothing to decide (notification, certificate); else null. */
export function passWorkOf(node: FlowNode | undefined): PassWork | null {
  if (node?.type === 'notification') return (c) => notifyOnce(c, node);
  if (node?.type === 'certificate') return (c) => certifyOnce(c, node);
  return null;
}
