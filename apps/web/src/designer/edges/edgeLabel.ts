import type { FlowEdge, FlowNodeType } from '@tongban/flow-model';
import { t } from '../../i18n/t';

/** What an edge says on the canvas: its own label, else the outcome or condition it stands for. */
export function edgeLabel(edge: FlowEdge, sourceType: FlowNodeType | undefined): string {
  if (edge.label) return edge.label;
  if (edge.default) return t('designer.edge.default');
  if (edge.when) return edge.when.length > 24 ? `${edge.when.slice(0, 23)}…` : edge.when;
  if (edge.on === 'return') return t('designer.on.return');
  if (edge.on === 'reject')
    return t(sourceType === 'acceptance' ? 'designer.edge.label.rejectAcceptance' : 'designer.edge.label.reject');
  return '';
}
