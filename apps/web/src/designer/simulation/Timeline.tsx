import { Table, type TableColumnType } from 'antd';
import type { FlowDefinition } from '@tongban/flow-model';
import type { TraceEntry } from '@tongban/flow-engine';
import { useMemo } from 'react';
import { t } from '../../i18n/t';
import { formatInstant } from '../versions/formatInstant';
import { describeTrace, type TimelineRow } from './describeTrace';

const COLUMNS: TableColumnType<TimelineRow & { key: number }>[] = [
  { key: 'at', title: t('designer.sim.col.at'), render: (_, row) => formatInstant(row.at), width: 150 },
  { key: 'event', title: t('designer.sim.col.event'), dataIndex: 'event' },
  { key: 'nodes', title: t('designer.sim.col.nodes'), dataIndex: 'nodes' },
  {
    key: 'effects',
    title: t('designer.sim.col.effects'),
    render: (_, row) => (row.refused ? `⚠ ${row.refused}` : row.results.join('；')),
  },
  { key: 'status', title: t('designer.sim.status'), dataIndex: 'status' },
];

/** 办理轨迹: one row per engine step, newest last; refused commands stay visible with their reason. */
export function Timeline({ flow, trace }: { flow: FlowDefinition; trace: TraceEntry[] | null }) {
  const rows = useMemo(
    () => (trace ? describeTrace(flow, trace) : []).map((row, index) => ({ ...row, key: index })),
    [flow, trace],
  );
  return (
    <section className="timeline" aria-label={t('designer.sim.timeline')}>
      <h2 className="timeline__title">{t('designer.sim.timeline')}</h2>
      <Table
        size="small"
        columns={COLUMNS}
        dataSource={rows}
        pagination={false}
        sticky
        className="timeline__scroll"
        rowClassName={(row) => (row.refused ? 'timeline__row--refused' : '')}
        locale={{ emptyText: t('designer.sim.timeline.empty') }}
      />
    </section>
  );
}
