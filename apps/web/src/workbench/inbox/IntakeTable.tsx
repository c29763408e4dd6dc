import type { TableColumnType } from 'antd';
import { t } from '../../i18n/t';
import type { ApplicationSummary } from '@tongban/api-contract';
import type { TableParts } from '../../shared-ui/pagedTable';
import { statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { applicantColumn, InboxTable, openColumn, receiptNoColumn, timeColumn } from './columns';

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
  const columns: TableColumnType<ApplicationSummary>[] = [
    {
      key: 'status',
      title: t('workbench.col.status'),
      render: (_, item) => <StatusChip look={statusLook(item.status)} />,
    },
    receiptNoColumn(parts.state),
    { key: 'item', dataIndex: 'itemName', title: t('workbench.col.item') },
    applicantColumn(nameOf),
    timeColumn('submittedAt', t('workbench.col.submittedAt'), parts.state, (item) => item.submittedAt),
    openColumn((item) => ({ to: `/workbench/applications/${item.id}`, handle: true })),
  ];
  return <InboxTable rows={items} columns={columns} parts={parts} />;
}
