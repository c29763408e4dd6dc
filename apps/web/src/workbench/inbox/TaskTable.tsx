import { Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { t } from '../../i18n/t';
import type { TaskDto } from '@tongban/api-contract';
import { formatDateTime, tf } from '../../shared-ui/format';
import { remainingText } from '../../shared-ui/remaining';
import { type Card, cardChipLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { pagination, sortOrder, type TableParts, tableChange } from '../../shared-ui/pagedTable';

/** A task as `GET /api/tasks` answers it, with the item's own card beside the step's (both the one rule's). */
export type InboxTask = TaskDto & { itemCard?: Card | null };

/** The inbox table: cards, time left, item, step, and the 办理 link; a B post sees whom it acts for. */
export function TaskTable({
  tasks,
  parts,
  itemName,
  departmentName,
  nameOf,
  done = false,
}: {
  tasks: InboxTask[];
  parts: TableParts;
  itemName(code: string): string;
  departmentName(code: string | null): string;
  nameOf(username: string | null | undefined): string;
  done?: boolean;
}) {
  const columns: TableProps<InboxTask>['columns'] = [
    {
      key: 'card',
      title: t('workbench.col.card'),
      render: (_, task) =>
        done ? <span className="ui-chip ui-chip--neutral">{t('workbench.done')}</span> : <CardChips task={task} />,
    },
    {
      key: 'remaining',
      title: t(done ? 'workbench.col.decision' : 'workbench.col.remaining'),
      render: (_, task) =>
        done
          ? task.decision
            ? t(`workbench.decision.${task.decision}` as 'workbench.decision.approve')
            : '—'
          : remainingText(task),
    },
    {
      key: 'receiptNo',
      dataIndex: 'receiptNo',
      title: t('workbench.col.receiptNo'),
      sorter: true,
      sortOrder: sortOrder(parts.state, 'receiptNo'),
      className: 'wb-mono',
    },
    { key: 'item', title: t('workbench.col.item'), render: (_, task) => itemName(task.itemCode) },
    { key: 'applicant', title: t('workbench.col.applicant'), render: (_, task) => nameOf(task.applicant) },
    {
      key: 'step',
      title: t('workbench.col.step'),
      render: (_, task) => (
        <>
          {task.nodeName ?? task.nodeId}
          {task.actingFor ? (
            <span className="wb-acting">{tf('workbench.actingFor', { name: nameOf(task.actingFor) })}</span>
          ) : null}
          {!done && task.claimedBy ? (
            <span className="wb-acting">{tf('workbench.claimedBy', { name: nameOf(task.claimedBy) })}</span>
          ) : null}
        </>
      ),
    },
    { key: 'department', title: t('workbench.col.department'), render: (_, task) => departmentName(task.department) },
    {
      key: done ? 'closedAt' : 'deadline',
      title: t(done ? 'workbench.col.closedAt' : 'workbench.col.deadline'),
      sorter: true,
      sortOrder: sortOrder(parts.state, done ? 'closedAt' : 'deadline'),
      render: (_, task) => formatDateTime(done ? task.closedAt : task.deadline),
    },
    {
      key: 'action',
      title: t('workbench.col.action'),
      render: (_, task) => (
        <Link
          to={`/workbench/applications/${task.applicationId}${done ? '' : `?task=${task.id}`}`}
          className={`ui-button${done ? '' : ' ui-button--primary'}`}
          aria-label={`${t(done ? 'workbench.view' : 'workbench.handle')}：${task.receiptNo} ${task.nodeName ?? ''}`}
        >
          {t(done ? 'workbench.view' : 'workbench.handle')}
        </Link>
      ),
    },
  ];
  return (
    <Table<InboxTask>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks}
      loading={parts.loading}
      pagination={pagination(parts)}
      onChange={tableChange(parts)}
      locale={{ emptyText: t('workbench.inbox.empty') }}
    />
  );
}

/** The item's card (as the dashboard shows it) and, when it says more, the step's own card. */
function CardChips({ task }: { task: InboxTask }) {
  const item = task.itemCard ?? null;
  const step = task.card ?? null;
  if (!item) return step ? <StatusChip look={cardChipLook(step)} solid /> : <span className="ui-muted">—</span>;
  return (
    <span className="wb-cards">
      <StatusChip look={cardChipLook(item)} solid />
      {step && step !== item && step !== 'normal' ? (
        <StatusChip look={cardChipLook(step)} suffix={t('workbench.card.step')} />
      ) : null}
    </span>
  );
}
