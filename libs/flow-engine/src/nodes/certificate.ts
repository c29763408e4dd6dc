import type { CertificateNode } from '@tongban/flow-model';
import type { NodeKind } from './node-kind';
import { onwardsPastChain, passThrough } from './pass-through';
import { certifyOnce } from './pass-work';

/** `certificate` (统一出证): emits certificate.issue and moves on. */
export const certificateKind: NodeKind<CertificateNode> = {
  state: (node, b) => passThrough(b, node.id, onwardsPastChain(b, node.id), (c) => certifyOnce(c, node)),
};
