import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { t } from '../../i18n/t';
import type { Certificate } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { certificateQuery } from '../my/ResultPanel';
import { LinkButton } from '../ui/LinkButton';
import { ErrorAlert, Loading } from '../ui/QueryStates';

/** The certificate answer's fields beyond the shared type (see the certificates module's DTO). */
type CertificateDocument = Certificate & {
  applicantName: string;
  legalBasis?: string;
  submittedOn?: string;
};

const chineseDate = (isoDate: string | undefined) => {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * 办结证照: the numbered decision as a page of the app, laid out like the paper document and printed with the
 * browser (the print style hides everything around it). It names the item, never a code.
 */
export function CertificatePage({ id }: { id: string }) {
  const certificate = useQuery(certificateQuery(id));
  if (certificate.error) return <ErrorAlert error={certificate.error} retry={() => void certificate.refetch()} />;
  if (!certificate.data) return <Loading />;
  const c = certificate.data as CertificateDocument;
  const approved = c.decision === 'approved';
  const title = t(approved ? 'portal.result.approved' : 'portal.result.rejected');

  return (
    <>
      <Flex gap={8} wrap className="ui-no-print portal-certificate__tools">
        <LinkButton to={`/portal/my/${id}`}>{`← ${t('portal.certificate.back')}`}</LinkButton>
        <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('portal.certificate.print')}
        </Button>
      </Flex>
      <article className="portal-certificate portal-printable" aria-labelledby="certificate-title">
        <h1 id="certificate-title" className="portal-certificate__title">
          {title}
        </h1>
        <p className="portal-certificate__number" data-testid="certificate-number">
          {c.number}
        </p>
        <p>{`${c.applicantName}：`}</p>
        <p>
          {tf('portal.certificate.body', {
            date: chineseDate(c.submittedOn),
            item: c.itemName,
            receiptNo: c.receiptNo,
          })}
          {approved
            ? t('portal.certificate.approved')
            : tf('portal.certificate.rejected', { reason: c.reason ? `（${c.reason}）` : '' })}
        </p>
        {c.legalBasis ? <p>{`${t('portal.certificate.basis')}${c.legalBasis}`}</p> : null}
        <div className="portal-certificate__seal">
          <p>{c.centerName}</p>
          <p>{chineseDate(c.decidedOn)}</p>
        </div>
        <dl className="portal-certificate__facts">
          <dt>{t('portal.result.number')}</dt>
          <dd>{c.number}</dd>
          <dt>{t('portal.item.name')}</dt>
          <dd data-testid="certificate-item">{c.itemName}</dd>
          <dt>{t('portal.certificate.applicant')}</dt>
          <dd>{c.applicantName}</dd>
          <dt>{t('portal.certificate.decision')}</dt>
          <dd>{t(approved ? 'portal.certificate.granted' : 'portal.certificate.refused')}</dd>
          <dt>{t('portal.result.date')}</dt>
          <dd>{c.decidedOn}</dd>
          <dt>{t('portal.result.issuer')}</dt>
          <dd>{`${c.centerName}${t('portal.certificate.unified')}`}</dd>
        </dl>
      </article>
    </>
  );
}
