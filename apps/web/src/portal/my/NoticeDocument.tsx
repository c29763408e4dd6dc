import { t } from '../../i18n/t';
import type { ApplicationView, CatalogItem } from '../../shared-ui/apiTypes';
import { formatDate, tf } from '../../shared-ui/format';

/** 《一次性告知书》: every missing material at once, with the legal basis and what happens next. */
export function NoticeDocument({ view, item }: { view: ApplicationView; item: CatalogItem | undefined }) {
  const notice = [...view.timeline].reverse().find((entry) => entry.action === 'notify-missing');
  const officerNote = notice?.note?.split('：').slice(1).join('：');
  const materials = item?.materials ?? [];
  return (
    <article className="portal-notice-doc" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('portal.notice.title')}</h2>
      <p className="portal-notice-doc__no">{`${t('portal.notice.number')}${view.receiptNo}-GZ`}</p>
      <p>{`${t('portal.notice.greeting')}`}</p>
      <p>{`${t('portal.notice.body1')}${item?.name ?? view.itemCode}${t('portal.notice.body2')}`}</p>
      <ol className="portal-notice-doc__list">
        {view.missingMaterials.map((code) => {
          const material = materials.find((m) => m.code === code);
          return (
            <li key={code}>
              <strong>{material?.name ?? code}</strong>
              <span className="ui-muted">{`（${code}）${t('portal.notice.standard')}`}</span>
            </li>
          );
        })}
      </ol>
      {officerNote ? <p>{`${t('portal.notice.officerNote')}${officerNote}`}</p> : null}
      <p>{t('portal.notice.after')}</p>
      {view.supplementDeadline ? (
        <p data-testid="supplement-deadline">
          <strong>{tf('portal.notice.deadline', { date: formatDate(view.supplementDeadline) })}</strong>
        </p>
      ) : null}
      <p className="ui-muted">{t('portal.notice.basis')}</p>
      <p className="portal-notice-doc__sign">
        {`${t('portal.notice.officer')}${view.firstInquiryOfficer ?? '—'}  ${t('portal.notice.date')}${formatDate(notice?.at)}`}
      </p>
    </article>
  );
}
