import { Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { t } from '../../i18n/t';
import type { ApplicationSummary } from '@tongban/api-contract';
import { formatDateTime } from '../../shared-ui/format';
import { statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { pagination, sortOrder, type TableParts, tableChange } from '../../shared-ui/pagedTable';

/** Items waiting at the window (待受理) or for the applicant (补正中): acceptance has no task of its own. */
export function IntakeTable({
  items,
  parts,
  nameOf,
}: {
  items: ApplicationSummary[];
  parts: TableParts;
  nameOf(username: string | null | undefined): string;
}) {
  const columns: TableProps<ApplicationSummary>['columns'] = [
    {
      key: 'status',
      title: t('workbench.col.status'),
      render: (_, item) => <StatusChip look={statusLook(item.status)} />,
    },
    {
      key: 'receiptNo',
      dataIndex: 'receiptNo',
      title: t('workbench.col.receiptNo'),
      sorter: true,
      sortOrder: sortOrder(parts.state, 'receiptNo'),
      className: 'wb-mono',
    },
    { key: 'item', dataIndex: 'itemName', title: t('workbench.col.item') },
    { key: 'applicant', title: t('workbench.col.applicant'), render: (_, item) => nameOf(item.applicant) },
    {
      key: 'submittedAt',
      title: t('workbench.col.submittedAt'),
      sorter: true,
      sortOrder: sortOrder(parts.state, 'submittedAt'),
      render: (_, item) => formatDateTime(item.submittedAt),
    },
    {
      key: 'action',
      title: t('workbench.col.action'),
      render: (_, item) => (
        <Link
          to={`/workbench/applications/${item.id}`}
          className="ui-button ui-button--primary"
          aria-label={`${t('workbench.handle')}：${item.receiptNo}`}
        >
          {t('workbench.handle')}
        </Link>
      ),
    },
  ];
  return (
    <Table<ApplicationSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={parts.loading}
      pagination={pagination(parts)}
      onChange={tableChange(parts)}
      locale={{ emptyText: t('workbench.inbox.empty') }}
    />
  );
}
