import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { t } from '../../i18n/t';
import type { Rating } from '@tongban/api-contract';
import { pagination, sortOrder, type TableParts, tableChange } from '../../shared-ui/pagedTable';
import { PastDueDate } from '../../shared-ui/PastDueDate';

/** 差评投诉 and their rectification deadlines. */
export function ComplaintTable({ complaints, parts }: { complaints: Rating[]; parts: TableParts }) {
  return (
    <Table<Rating>
      size="small"
      rowKey="id"
      loading={parts.loading}
      dataSource={complaints}
      onChange={tableChange(parts)}
      locale={{ emptyText: <span className="sv-empty">{t('supervision.none')}</span> }}
      pagination={{ ...pagination(parts), hideOnSinglePage: true }}
      onRow={(c) => ({ 'data-testid': `complaint-${c.receiptNo}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'receiptNo',
          title: t('supervision.col.receiptNo'),
          render: (_, c) => <span className="sv-mono">{c.receiptNo}</span>,
        },
        { key: 'item', title: t('supervision.col.item'), dataIndex: 'itemName' },
        {
          key: 'score',
          title: t('supervision.complaints.score'),
          sorter: true,
          sortOrder: sortOrder(parts.state, 'score'),
          render: (_, c) => `${c.score} · ${c.label}`,
        },
        {
          key: 'content',
          title: t('supervision.complaints.content'),
          render: (_, c) => [c.tags.join('、'), c.comment].filter(Boolean).join('：') || '—',
        },
        { key: 'owner', title: t('supervision.ledger.owner'), render: (_, c) => c.complaint?.owner ?? '—' },
        {
          key: 'dueDate',
          title: t('supervision.complaints.due'),
          sorter: true,
          sortOrder: sortOrder(parts.state, 'dueDate'),
          render: (_, c) => <PastDueDate date={c.complaint?.dueDate} pastDue={c.complaint?.red} />,
        },
        {
          key: 'state',
          title: t('supervision.ledger.state'),
          render: (_, c) =>
            c.complaint?.answered ? (
              <span className="ui-chip ui-chip--normal">✔ {t('workbench.complaints.answered')}</span>
            ) : (
              <span className="ui-chip ui-chip--warning">○ {t('workbench.complaints.open')}</span>
            ),
        },
      ]}
    />
  );
}
