import { t } from '../../i18n/t';
import type { ApplicationView, CatalogItem } from '../../shared-ui/apiTypes';
import { formatDate, formatDateTime, tf } from '../../shared-ui/format';
import { isFinished, statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';

/** The applicant's words for the clock: no card jargon, just days left, paused or late. */
export function clockText(view: ApplicationView): string {
  if (isFinished(view.status)) return t('portal.clock.finished');
  if (view.clockPaused || view.status === 'awaiting-supplement') return t('portal.clock.paused');
  if (!view.deadline) return t('portal.clock.notStarted');
  const left = view.remainingWorkingDays ?? 0;
  if (view.warning === 'red') return left < 0 ? tf('portal.clock.lateDays', { days: -left }) : t('portal.clock.late');
  return tf('portal.clock.left', { days: left });
}

export function SummaryCard({ view, item }: { view: ApplicationView; item: CatalogItem | undefined }) {
  const late = view.warning === 'red' && !isFinished(view.status);
  return (
    <section className="ui-card portal-summary" aria-labelledby="summary-title">
      <div className="portal-summary__head">
        <h1 id="summary-title">{item?.name ?? view.itemCode}</h1>
        <StatusChip look={statusLook(view.status)} />
      </div>
      <dl className="ui-dl portal-summary__facts">
        <dt>{t('portal.my.receiptNo')}</dt>
        <dd className="portal-summary__receipt">{view.receiptNo}</dd>
        <dt>{t('portal.my.submittedAt')}</dt>
        <dd>{formatDateTime(view.submittedAt)}</dd>
        <dt>{t('portal.my.acceptedAt')}</dt>
        <dd>{formatDateTime(view.acceptedAt)}</dd>
        <dt>{t('portal.my.deadline')}</dt>
        <dd>{formatDate(view.deadline)}</dd>
        <dt>{t('portal.my.clock')}</dt>
        <dd className={late ? 'portal-summary__late' : ''} data-testid="clock-text">
          {clockText(view)}
        </dd>
        <dt>{t('portal.item.window')}</dt>
        <dd>{item?.windowAuthority ?? '—'}</dd>
      </dl>
      {late ? <p className="ui-notice ui-notice--error">{t('portal.clock.lateHelp')}</p> : null}
    </section>
  );
}
