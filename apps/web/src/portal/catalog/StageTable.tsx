import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { stageColumns } from '../../shared-ui/FlowStageColumns';

const COUNTED = new Set(['acceptance', 'review']);

/** 办理流程 as a table: step, time limit, what happens when it runs out (ux-portal.md B1 ③). */
export function StageTable({ definition }: { definition: FlowDefinition }) {
  const steps = stageColumns(definition)
    .flat()
    .filter((node) => node.type !== 'start' && node.type !== 'end');
  return (
    <table className="ui-table ui-table--compact portal-stages">
      <caption>{t('portal.stages.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('portal.stages.step')}</th>
          <th scope="col">{t('portal.stages.limit')}</th>
          <th scope="col">{t('portal.stages.counted')}</th>
          <th scope="col">{t('portal.stages.timeout')}</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((node) => {
          const days = (node as { timeLimit?: { days?: number } }).timeLimit?.days;
          const onTimeout = (node as { onTimeout?: string }).onTimeout;
          return (
            <tr key={node.id}>
              <td>{node.name ?? node.id}</td>
              <td>{typeof days === 'number' ? tf('ui.flow.limit', { days }) : '—'}</td>
              <td>{COUNTED.has(node.type) ? t('portal.stages.yes') : '—'}</td>
              <td>
                {onTimeout ? t(`portal.stages.onTimeout.${onTimeout}` as 'portal.stages.onTimeout.tacit-approve') : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
