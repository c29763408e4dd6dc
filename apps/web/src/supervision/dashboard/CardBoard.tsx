import { Card, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { t } from '../../i18n/t';
import { formatDate } from '../../shared-ui/format';
import { cardChipLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import type { Overview, RunningItem } from '@tongban/api-contract';

/** 实时红黄牌: every running item with its card — the card the workbench shows — red first (the server's order). */
export function CardBoard({ overview, itemName }: { overview: Overview; itemName(code: string): string }) {
  const rows = overview.runningItems;
  return (
    <Card title={<h2 className="sv-card-title">{`${t('supervision.cards.title')}（${rows.length}）`}</h2>}>
      <Table<RunningItem>
        size="small"
        rowKey="applicationId"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: <span className="sv-empty">{t('supervision.none')}</span> }}
        onRow={(row) => ({ 'data-testid': `card-row-${row.receiptNo}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'card',
            title: t('supervision.col.card'),
            render: (_, row) => <StatusChip look={cardChipLook(row.card, row.clockPaused)} solid />,
          },
          {
            key: 'receiptNo',
            title: t('supervision.col.receiptNo'),
            render: (_, row) => <span className="sv-mono">{row.receiptNo}</span>,
          },
          { key: 'item', title: t('supervision.col.item'), render: (_, row) => itemName(row.itemCode) },
          { key: 'steps', title: t('supervision.col.step'), render: (_, row) => row.steps.join('、') || '—' },
          { key: 'deadline', title: t('supervision.col.deadline'), render: (_, row) => formatDate(row.deadline) },
        ]}
      />
    </Card>
  );
}
