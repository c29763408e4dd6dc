import { Alert, Button, Space } from 'antd';
import { Link } from 'react-router';
import { useApplicationPage } from '../../api/application';
import { applicantNameOf, usePeople } from '../../api/people';
import { PageLoading } from '../../app/PageLoading';
import { t } from '../../i18n/t';
import type { ApplicationView, CatalogItem } from '@tongban/api-contract';
import { formatDate, tf } from '../../shared-ui/format';
import './notice-document.css';

/**
 * 《一次性告知书》: every missing material at once, with the legal basis and what happens next, addressed to the
 * applicant by name and signed by the officer who issued it, with the officer's office phone. 打印 prints only
 * the document (print CSS), from the portal's progress page and the workbench's print page alike.
 */
export function NoticeDocument({ view, item }: { view: ApplicationView; item: CatalogItem | undefined }) {
  const notice = [...view.timeline].reverse().find((entry) => entry.action === 'notify-missing');
  const officer = notice?.actor ?? view.firstInquiryOfficer;
  const people = usePeople([view.applicant, officer]);
  const officerNote = notice?.note?.split('：').slice(1).join('：');
  const materials = item?.materials ?? [];
  const phone = people.phoneOf(officer);
  return (
    <article className="notice-doc" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('portal.notice.title')}</h2>
      <p className="notice-doc__no">{`${t('portal.notice.number')}${view.receiptNo}-GZ`}</p>
      <p data-testid="notice-applicant">{`${t('portal.notice.greeting')}${applicantNameOf(view, people.nameOf)}`}</p>
      <p>{`${t('portal.notice.body1')}${item?.name ?? view.itemCode}${t('portal.notice.body2')}`}</p>
      <ol className="notice-doc__list">
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
      <p className="notice-doc__sign" data-testid="notice-officer">
        {`${t('portal.notice.officer')}${officer ? people.nameOf(officer) : '—'}`}
        {phone ? `\u3000${t('portal.notice.phone')}${phone}` : ''}
        {`\u3000${t('portal.notice.date')}${formatDate(notice?.at)}`}
      </p>
      <Space className="notice-doc__actions">
        <Button type="primary" onClick={() => window.print()}>
          {t('portal.notice.printButton')}
        </Button>
      </Space>
    </article>
  );
}

/**
 * The notice alone on a page, to print as a document: mounted by the workbench at
 * `/workbench/applications/:id/notice` (and available for the portal's routes with its own back link).
 */
export function NoticePrintPage({ id, back }: { id: string; back: string }) {
  const { view, item } = useApplicationPage(id);
  if (view.error) return <Alert type="error" showIcon message={view.error.message} />;
  if (!view.data) return <PageLoading />;
  const noticed = view.data.timeline.some((entry) => entry.action === 'notify-missing');
  return (
    <div className="notice-page">
      <p className="notice-page__back">
        <Link to={back}>{`← ${t('portal.notice.back')}`}</Link>
      </p>
      {noticed ? (
        <NoticeDocument view={view.data} item={item.data} />
      ) : (
        <Alert type="info" showIcon message={t('portal.notice.none')} />
      )}
    </div>
  );
}
