import type { FlowEdge, FlowNodeType } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { outcomeLabel } from '../utils/outcomeLabel';

/** What an edge says on the canvas: its own label, else the outcome (同意, 不予受理…) or condition it stands for. */
export function edgeLabel(edge: FlowEdge, sourceType: FlowNodeType | undefined): string {
  if (edge.label) return edge.label;
  if (edge.default) return t('designer.edge.default');
  if (edge.when) return edge.when.length > 24 ? `${edge.when.slice(0, 23)}…` : edge.when;
  if (edge.on === 'return') return t('designer.on.return');
  return outcomeLabel(sourceType, edge.on) ?? '';
}
