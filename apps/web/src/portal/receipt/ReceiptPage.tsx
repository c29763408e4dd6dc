import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Flex, QRCode, Result } from 'antd';
import { applicationQuery, catalogItemQuery } from '../../api/application';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { LinkButton } from '../ui/LinkButton';
import { ErrorAlert, Loading } from '../ui/QueryStates';

/** The public progress page a receipt's QR code opens (no login; receipt number and phone). */
export function lookupUrl(receiptNo: string): string {
  return `${window.location.origin}/portal/lookup?receiptNo=${encodeURIComponent(receiptNo)}`;
}

/** 申请成功 / 受理回执: the receipt number, when it was submitted, and a QR code to look up progress; printable. */
export function ReceiptPage({ id }: { id: string }) {
  const view = useQuery(applicationQuery(id));
  const item = useQuery({ ...catalogItemQuery(view.data?.itemCode ?? ''), enabled: Boolean(view.data) });
  if (view.error) return <ErrorAlert error={view.error} retry={() => void view.refetch()} />;
  if (!view.data) return <Loading />;
  const v = view.data;

  return (
    <section className="portal-receipt portal-printable" aria-labelledby="receipt-title">
      <Result
        status="success"
        title={<h1 id="receipt-title">{t('portal.receipt.title')}</h1>}
        subTitle={item.data?.name ?? ''}
      />
      <p className="portal-receipt__label">{t('portal.receipt.number')}</p>
      <p className="portal-receipt__number" data-testid="receipt-no">
        {v.receiptNo}
      </p>
      <Descriptions
        size="small"
        column={1}
        className="portal-receipt__facts"
        items={[
          {
            key: 'submittedAt',
            label: t('portal.my.submittedAt'),
            children: <span data-testid="receipt-time">{formatDateTime(v.submittedAt)}</span>,
          },
          { key: 'item', label: t('portal.item.name'), children: item.data?.name ?? '—' },
          { key: 'window', label: t('portal.item.window'), children: item.data?.windowAuthority ?? '—' },
        ]}
      />
      <figure className="portal-receipt__qr" data-testid="receipt-qr">
        <QRCode
          value={lookupUrl(v.receiptNo)}
          size={160}
          type="svg"
          bordered={false}
          aria-label={t('portal.receipt.qrAlt')}
        />
        <figcaption>
          <a href={lookupUrl(v.receiptNo)}>{t('portal.receipt.qr')}</a>
        </figcaption>
      </figure>
      <p className="portal-muted">{t('portal.receipt.keep')}</p>
      <Flex gap={8} wrap justify="center" className="ui-no-print">
        <LinkButton type="primary" size="large" to={`/portal/my/${id}`}>
          {t('portal.receipt.progress')}
        </LinkButton>
        <Button size="large" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('portal.receipt.print')}
        </Button>
        <LinkButton size="large" to={`/portal/appointments?item=${v.itemCode}`}>
          {t('portal.catalog.book')}
        </LinkButton>
      </Flex>
    </section>
  );
}
