import type { FlowNodeType } from '@tongban/flow-model';
import { t } from '../../i18n/t';

/** The words an officer's decision is known by on an edge: 受理 / 不予受理, 同意 / 不同意, 退回. */
export function outcomeLabel(sourceType: FlowNodeType | undefined, on: string | undefined): string | undefined {
  if (sourceType === 'acceptance') {
    if (on === 'reject') return t('designer.edge.label.rejectAcceptance');
    return t('designer.on.accept');
  }
  if (sourceType === 'review') {
    if (on === 'reject') return t('designer.edge.label.reject');
    if (on === 'return') return t('designer.on.return');
    return t('designer.on.approve');
  }
  return undefined;
}
