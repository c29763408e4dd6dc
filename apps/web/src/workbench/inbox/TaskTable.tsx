import { t } from '../../i18n/t';
import type { TaskDto } from '../../shared-ui/apiTypes';
import { formatDateTime, tf } from '../../shared-ui/format';
import { remainingText } from '../../shared-ui/remaining';
import { Link } from 'react-router';
import { cardChipLook, cardLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';

/** The inbox table: card, time left, item, step, and the 办理 link; a B post sees whom it acts for. */
export function TaskTable({
  tasks,
  itemName,
  departmentName,
  done = false,
}: {
  tasks: TaskDto[];
  itemName(code: string): string;
  departmentName(code: string | null): string;
  done?: boolean;
}) {
  if (!tasks.length) return <p role="status">{t('workbench.inbox.empty')}</p>;
  return (
    <div className="ui-table-wrap">
      <table className="ui-table wb-table">
        <thead>
          <tr>
            <th scope="col">{t('workbench.col.card')}</th>
            <th scope="col">{t(done ? 'workbench.col.decision' : 'workbench.col.remaining')}</th>
            <th scope="col">{t('workbench.col.receiptNo')}</th>
            <th scope="col">{t('workbench.col.item')}</th>
            <th scope="col">{t('workbench.col.applicant')}</th>
            <th scope="col">{t('workbench.col.step')}</th>
            <th scope="col">{t('workbench.col.department')}</th>
            <th scope="col">{t(done ? 'workbench.col.closedAt' : 'workbench.col.deadline')}</th>
            <th scope="col">{t('workbench.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id}>
              <td>
                {done ? (
                  <span className="ui-chip ui-chip--neutral">{t('workbench.done')}</span>
                ) : (
                  <StatusChip look={task.card ? cardChipLook(task.card) : cardLook(task.warning)} solid />
                )}
              </td>
              <td>
                {done
                  ? task.decision
                    ? t(`workbench.decision.${task.decision}` as 'workbench.decision.approve')
                    : '—'
                  : remainingText(task)}
              </td>
              <td className="wb-mono">{task.receiptNo}</td>
              <td>{itemName(task.itemCode)}</td>
              <td>{task.applicant}</td>
              <td>
                {task.nodeName ?? task.nodeId}
                {task.actingFor ? (
                  <span className="wb-acting">{tf('workbench.actingFor', { name: task.actingFor })}</span>
                ) : null}
                {!done && task.claimedBy ? (
                  <span className="wb-acting">{tf('workbench.claimedBy', { name: task.claimedBy })}</span>
                ) : null}
              </td>
              <td>{departmentName(task.department)}</td>
              <td>{formatDateTime(done ? task.closedAt : task.deadline)}</td>
              <td>
                <Link
                  to={`/workbench/applications/${task.applicationId}${done ? '' : `?task=${task.id}`}`}
                  className={`ui-button${done ? '' : ' ui-button--primary'}`}
                  aria-label={`${t(done ? 'workbench.view' : 'workbench.handle')}：${task.receiptNo} ${task.nodeName ?? ''}`}
                >
                  {t(done ? 'workbench.view' : 'workbench.handle')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
