import type { LedgerEntry } from '@tongban/api-contract';
import { Button, Table, type TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { PastDueDate } from '../../shared-ui/PastDueDate';
import { StatusChip } from '../../shared-ui/StatusChip';
import { kindLook } from '../ledgerKinds';

export interface LedgerSort {
  sort?: string;
  order?: 'asc' | 'desc';
}

/** 问责台账, one server page: each row with owner and deadline; closed rows stay, with who closed them and why. */
export function LedgerTable({
  rows,
  total,
  page,
  pageSize,
  sort,
  loading,
  departmentName,
  nameOf,
  onClose,
  onChange,
}: {
  rows: LedgerEntry[];
  total: number;
  page: number;
  pageSize: number;
  sort: LedgerSort;
  loading: boolean;
  departmentName(code: string | null): string;
  /** A person's name for a username (the username while names load). */
  nameOf(username: string | null): string;
  onClose(row: LedgerEntry): void;
  onChange(page: number, pageSize: number, sort: LedgerSort): void;
}) {
  const sorted = (key: string) => (sort.sort === key ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const change: TableProps<LedgerEntry>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const next: LedgerSort = one?.order
      ? { sort: String(one.columnKey), order: one.order === 'ascend' ? 'asc' : 'desc' }
      : {};
    // The default order (newest first) is the `at` column descending, whether named or not.
    const effective = (s: LedgerSort) => (s.sort ? `${s.sort} ${s.order}` : 'at desc');
    const sortChanged = effective(next) !== effective(sort);
    onChange(sortChanged ? 1 : (pagination.current ?? 1), pagination.pageSize ?? pageSize, next);
  };
  return (
    <Table<LedgerEntry>
      className="sv-ledger"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      onChange={change}
      rowClassName={(row) => (row.closedAt ? 'sv-closed' : '')}
      onRow={(row) => ({ 'data-testid': `ledger-${row.kind}` }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: <span className="sv-empty">{t('supervision.none')}</span> }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('supervision.ledger.total').replace('{total}', String(count)),
      }}
      columns={[
        {
          key: 'at',
          title: t('supervision.ledger.at'),
          sorter: true,
          sortOrder: sorted('at') ?? (sort.sort ? null : 'descend'),
          // Newest first is the default: the first click turns it to oldest first.
          sortDirections: ['descend', 'ascend'],
          render: (_, row) => formatDateTime(row.at),
        },
        {
          key: 'kind',
          title: t('supervision.ledger.kind'),
          sorter: true,
          sortOrder: sorted('kind'),
          render: (_, row) => <StatusChip look={kindLook(row.kind)} />,
        },
        {
          key: 'department',
          title: t('supervision.ledger.department'),
          sorter: true,
          sortOrder: sorted('department'),
          render: (_, row) => departmentName(row.department),
        },
        {
          key: 'owner',
          title: t('supervision.ledger.owner'),
          // A department answers when no officer does (its head): show its name, not its code.
          render: (_, row) =>
            row.owner && row.owner === row.department ? departmentName(row.owner) : (row.owner ?? '—'),
        },
        {
          key: 'receiptNo',
          title: t('supervision.col.receiptNo'),
          sorter: true,
          sortOrder: sorted('receiptNo'),
          render: (_, row) => <span className="sv-mono">{row.receiptNo ?? '—'}</span>,
        },
        { key: 'note', title: t('supervision.ledger.note'), dataIndex: 'note', width: 260 },
        {
          key: 'dueDate',
          title: t('supervision.ledger.due'),
          sorter: true,
          sortOrder: sorted('dueDate'),
          render: (_, row) => <PastDueDate date={row.dueDate} pastDue={row.overdue} />,
        },
        {
          key: 'state',
          title: t('supervision.ledger.state'),
          render: (_, row) =>
            row.closedAt ? (
              <span>
                <span className="ui-chip ui-chip--neutral">✔ {t('supervision.ledger.closed')}</span>
                <span className="sv-close-note">{`${nameOf(row.closedBy)} ${formatDateTime(row.closedAt)}：${row.closeNote ?? ''}`}</span>
              </span>
            ) : (
              <Button
                size="small"
                onClick={() => onClose(row)}
                aria-label={`${t('supervision.ledger.close')}：${row.receiptNo ?? ''} ${t(kindLook(row.kind).label)}`}
              >
                {t('supervision.ledger.close')}
              </Button>
            ),
        },
      ]}
    />
  );
}
