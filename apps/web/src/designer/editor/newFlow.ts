import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';

/** An empty canvas with a key nobody has used yet (base-36 time); the admin renames it before saving. */
export function newFlow(now = Date.now()): FlowDefinition {
  return { key: `flow-${now.toString(36)}`, name: t('designer.newFlowName'), nodes: [], edges: [], layout: {} };
}
