import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { cardChipLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import type { Overview } from '@tongban/api-contract';

/** Every running step with a card (acceptance and window steps too), by the rule the workbench uses. */
export function StepCards({
  overview,
  itemName,
  departmentName,
}: {
  overview: Overview;
  itemName(code: string): string;
  departmentName(code: string | null): string;
}) {
  const steps = overview.cardedSteps;
  return (
    <section className="ui-card" aria-labelledby="step-cards">
      <h2 id="step-cards">{`${t('supervision.stepCards.title')}（${steps.length}）`}</h2>
      {steps.length === 0 ? <p>{t('supervision.none')}</p> : null}
      <ul className="sv-list">
        {steps.map((row) => (
          <li key={`${row.applicationId}-${row.nodeId}`} data-testid={`step-card-${row.receiptNo}-${row.nodeId}`}>
            <StatusChip look={cardChipLook(row.card)} />
            <span className="sv-mono">{row.receiptNo}</span>
            <span>{`${itemName(row.itemCode)} · ${row.nodeName} · ${departmentName(row.department)}`}</span>
            <span className="ui-muted">{`${t('supervision.col.deadline')} ${formatDateTime(row.deadline)}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
