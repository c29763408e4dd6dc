import { FileProtectOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Typography } from 'antd';
import { apiQuery } from '../../api/query';
import { t } from '../../i18n/t';
import type { Certificate } from '@tongban/api-contract';
import { LinkButton } from '../ui/LinkButton';
import { ErrorAlert, Loading } from '../ui/QueryStates';

export const certificateQuery = (id: string) => apiQuery<Certificate>(`/applications/${id}/certificate`);

/** 统一出证: the numbered result document, opened as a printable page. */
export function ResultPanel({ id }: { id: string }) {
  const certificate = useQuery(certificateQuery(id));
  const c = certificate.data;
  return (
    <Card className="portal-result" title={<h2>{t('portal.result.title')}</h2>}>
      <ErrorAlert error={certificate.error} retry={() => void certificate.refetch()} />
      {certificate.isPending ? <Loading /> : null}
      {c ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'name',
                label: t('portal.result.name'),
                children: t(c.decision === 'approved' ? 'portal.result.approved' : 'portal.result.rejected'),
              },
              { key: 'item', label: t('portal.item.name'), children: c.itemName },
              {
                key: 'number',
                label: t('portal.result.number'),
                children: <span data-testid="certificate-number">{c.number}</span>,
              },
              { key: 'date', label: t('portal.result.date'), children: c.decidedOn },
              { key: 'issuer', label: t('portal.result.issuer'), children: c.centerName },
              ...(c.reason ? [{ key: 'reason', label: t('portal.result.reason'), children: c.reason }] : []),
            ]}
          />
          <LinkButton type="primary" size="large" icon={<FileProtectOutlined />} to={`/portal/my/${id}/certificate`}>
            {t('portal.result.open')}
          </LinkButton>
          <Typography.Paragraph type="secondary" className="portal-result__pickup">
            {t('portal.result.pickup')}
          </Typography.Paragraph>
        </>
      ) : null}
    </Card>
  );
}
