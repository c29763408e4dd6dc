import type { TableColumnType } from 'antd';
import { t } from '../../i18n/t';
import type { TaskDto } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { remainingText } from '../../shared-ui/remaining';
import { type Card, cardChipLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import type { TableParts } from '../../shared-ui/pagedTable';
import { applicantColumn, InboxTable, openColumn, receiptNoColumn, timeColumn } from './columns';

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
  const columns: TableColumnType<InboxTask>[] = [
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
    receiptNoColumn(parts.state),
    { key: 'item', title: t('workbench.col.item'), render: (_, task) => itemName(task.itemCode) },
    applicantColumn(nameOf),
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
    done
      ? timeColumn('closedAt', t('workbench.col.closedAt'), parts.state, (task) => task.closedAt)
      : timeColumn('deadline', t('workbench.col.deadline'), parts.state, (task) => task.deadline),
    openColumn((task) => ({
      to: `/workbench/applications/${task.applicationId}${done ? '' : `?task=${task.id}`}`,
      handle: !done,
      detail: task.nodeName ?? undefined,
    })),
  ];
  return <InboxTable rows={tasks} columns={columns} parts={parts} />;
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
