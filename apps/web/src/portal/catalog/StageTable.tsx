import type { FlowDefinition } from '@tongban/flow-model';
import { Table } from 'antd';
import { t } from '../../i18n/t';
import { stageColumns } from '../../shared-ui/FlowStageColumns';
import { tf } from '../../shared-ui/format';

const COUNTED = new Set(['acceptance', 'review']);

interface StageRow {
  id: string;
  name: string;
  limit: string;
  counted: string;
  timeout: string;
}

/** 办理流程 as a table: step, time limit, what happens when it runs out (ux-portal.md B1 ③). */
export function StageTable({ definition }: { definition: FlowDefinition }) {
  const rows: StageRow[] = stageColumns(definition)
    .flat()
    .filter((node) => node.type !== 'start' && node.type !== 'end')
    .map((node) => {
      const days = (node as { timeLimit?: { days?: number } }).timeLimit?.days;
      const onTimeout = (node as { onTimeout?: string }).onTimeout;
      return {
        id: node.id,
        name: node.name ?? '—',
        limit: typeof days === 'number' ? tf('ui.flow.limit', { days }) : '—',
        counted: COUNTED.has(node.type) ? t('portal.stages.yes') : '—',
        timeout: onTimeout ? t(`portal.stages.onTimeout.${onTimeout}` as 'portal.stages.onTimeout.tacit-approve') : '—',
      };
    });
  return (
    <Table<StageRow>
      className="portal-stages"
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      title={() => t('portal.stages.caption')}
      columns={[
        { key: 'name', dataIndex: 'name', title: t('portal.stages.step') },
        { key: 'limit', dataIndex: 'limit', title: t('portal.stages.limit') },
        { key: 'counted', dataIndex: 'counted', title: t('portal.stages.counted'), responsive: ['md'] },
        { key: 'timeout', dataIndex: 'timeout', title: t('portal.stages.timeout') },
      ]}
    />
  );
}
