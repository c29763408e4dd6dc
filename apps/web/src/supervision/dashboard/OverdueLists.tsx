import { t } from '../../i18n/t';
import { formatDate, formatDateTime } from '../../shared-ui/format';
import { cardChipLook, TACIT_LOOK } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import type { Overview } from '@tongban/api-contract';

/** 超期办件, 超期环节 and 超期默许, side by side: what went late and who let it. */
export function OverdueLists({
  overview,
  itemName,
  departmentName,
  nameOf,
}: {
  overview: Overview;
  itemName(code: string): string;
  departmentName(code: string | null): string;
  nameOf(username: string | null): string;
}) {
  return (
    <div className="ui-grid sv-three">
      <section className="ui-card" aria-labelledby="overdue-items">
        <h2 id="overdue-items">{`${t('supervision.overdue.items')}（${overview.overdue.length}）`}</h2>
        {overview.overdue.length === 0 ? <p>{t('supervision.none')}</p> : null}
        <ul className="sv-list">
          {overview.overdue.map((row) => (
            <li key={row.applicationId}>
              <StatusChip look={cardChipLook(row.card)} />
              <span className="sv-mono">{row.receiptNo}</span>
              <span>{itemName(row.itemCode)}</span>
              <span className="ui-muted">{`${t('supervision.col.deadline')} ${formatDate(row.deadline)}`}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="ui-card" aria-labelledby="overdue-steps">
        <h2 id="overdue-steps">{`${t('supervision.overdue.steps')}（${overview.overdueSteps.length}）`}</h2>
        {overview.overdueSteps.length === 0 ? <p>{t('supervision.none')}</p> : null}
        <ul className="sv-list">
          {overview.overdueSteps.map((row) => (
            <li key={row.taskId}>
              <span className="ui-chip ui-chip--yellow">▲ {t('supervision.overdue.step')}</span>
              <span className="sv-mono">{row.receiptNo}</span>
              <span>{`${row.nodeName ?? row.nodeId} · ${departmentName(row.department)}`}</span>
              <span className="ui-muted">{`${t('supervision.col.deadline')} ${formatDateTime(row.deadline)}`}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="ui-card" aria-labelledby="tacit">
        <h2 id="tacit">{`${t('supervision.tacit.title')}（${overview.tacitApprovals.length}）`}</h2>
        {overview.tacitApprovals.length === 0 ? <p>{t('supervision.none')}</p> : null}
        <ul className="sv-list">
          {overview.tacitApprovals.map((row) => (
            <li key={row.id}>
              <StatusChip look={TACIT_LOOK} />
              <span className="sv-mono">{row.receiptNo}</span>
              <span>{`${departmentName(row.department)}${row.officer ? ` · ${nameOf(row.officer)}` : ''}`}</span>
              <span className="ui-muted">{formatDateTime(row.at)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
