import { Table, type TableColumnType } from 'antd';
import { Link } from 'react-router';
import type { PageState } from '../../api/usePage';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { pagination, sortOrder, type TableParts, tableChange } from '../../shared-ui/pagedTable';

/** 受理号, sortable on the server. */
export function receiptNoColumn<T extends { receiptNo: string }>(state: PageState): TableColumnType<T> {
  return {
    key: 'receiptNo',
    dataIndex: 'receiptNo',
    title: t('workbench.col.receiptNo'),
    sorter: true,
    sortOrder: sortOrder(state, 'receiptNo'),
    className: 'wb-mono',
  };
}

/** 申请人 by name. */
export function applicantColumn<T extends { applicant: string }>(
  nameOf: (username: string) => string,
): TableColumnType<T> {
  return { key: 'applicant', title: t('workbench.col.applicant'), render: (_, row) => nameOf(row.applicant) };
}

/** A moment column the server sorts by `key`. */
export function timeColumn<T>(
  key: string,
  title: string,
  state: PageState,
  at: (row: T) => string | null,
): TableColumnType<T> {
  return { key, title, sorter: true, sortOrder: sortOrder(state, key), render: (_, row) => formatDateTime(at(row)) };
}

/** 办理 / 查看: the link into the item, named with its receipt number for screen readers. */
export function openColumn<T extends { receiptNo: string }>(
  open: (row: T) => { to: string; handle: boolean; detail?: string },
): TableColumnType<T> {
  return {
    key: 'action',
    title: t('workbench.col.action'),
    render: (_, row) => {
      const { to, handle, detail } = open(row);
      const label = t(handle ? 'workbench.handle' : 'workbench.view');
      return (
        <Link
          to={to}
          className={`ui-button${handle ? ' ui-button--primary' : ''}`}
          aria-label={`${label}：${row.receiptNo}${detail ? ` ${detail}` : ''}`}
        >
          {label}
        </Link>
      );
    },
  };
}

/** An inbox list: server-paged and sorted. */
export function InboxTable<T extends { id: string }>(props: {
  rows: T[];
  columns: TableColumnType<T>[];
  parts: TableParts;
}) {
  const { rows, columns, parts } = props;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={parts.loading}
      pagination={pagination(parts)}
      onChange={tableChange(parts)}
      locale={{ emptyText: t('workbench.inbox.empty') }}
    />
  );
}
