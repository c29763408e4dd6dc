import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { catalogItemQuery } from '../../api/application';
import { apiQuery, withQuery } from '../../api/query';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import type { CatalogItem, Procedure } from '@tongban/api-contract';
import { LinkButton } from '../ui/LinkButton';
import { FlowDiagram } from '../../shared-ui/FlowDiagram';
import { usePhone } from '../../shared-ui/usePhone';
import { ErrorAlert, Loading } from '../ui/QueryStates';
import { itemKind, promisedText, statutoryText } from './itemFacts';
import { StageTable } from './StageTable';

const SECTIONS = ['materials', 'procedure', 'limits', 'fees', 'basis', 'window', 'supervision'] as const;
type Section = (typeof SECTIONS)[number];

function GuideSection({ section, children }: { section: Section; children: ReactNode }) {
  const number = SECTIONS.indexOf(section) + 1;
  return (
    <Card
      id={`guide-${section}`}
      className="portal-section"
      title={<h2 className="portal-section__title">{`${number}. ${t(`portal.guide.${section}` as MessageKey)}`}</h2>}
    >
      {children}
    </Card>
  );
}

type Material = CatalogItem['materials'][number];

/** 办事指南: the 八公开 of one item — materials, procedure, limits, fees, legal basis, window — without login. */
export function GuidePage({ code, center = null }: { code: string; center?: string | null }) {
  const item = useQuery(catalogItemQuery(code, center));
  const procedure = useQuery(apiQuery<Procedure>(withQuery(`/catalog/${encodeURIComponent(code)}/flow`, { center })));
  const phone = usePhone();
  if (item.error) return <ErrorAlert error={item.error} retry={() => void item.refetch()} />;
  if (!item.data) return <Loading />;
  const it = item.data;

  return (
    <article className="portal-guide">
      <Card className="portal-guide__header">
        <Typography.Text type="secondary">{t('portal.guide.kicker')}</Typography.Text>
        <Typography.Title level={1}>{it.name}</Typography.Title>
        <Descriptions
          size="small"
          bordered
          layout={phone ? 'vertical' : 'horizontal'}
          column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
          items={[
            { key: 'code', label: t('portal.item.code'), children: it.code },
            { key: 'kind', label: t('portal.item.kind'), children: itemKind(it) },
            { key: 'department', label: t('portal.item.department'), children: it.department },
            { key: 'window', label: t('portal.item.window'), children: it.windowAuthority },
            { key: 'promised', label: t('portal.item.promised'), children: promisedText(it) },
            { key: 'statutory', label: t('portal.item.statutory'), children: statutoryText(it) },
            { key: 'fees', label: t('portal.item.fees'), children: it.fees },
          ]}
        />
        <Flex gap={8} wrap className="portal-guide__actions ui-no-print">
          <LinkButton
            type="primary"
            size="large"
            to={withQuery(`/portal/items/${it.code}/apply`, { center: it.centerId })}
          >
            {t('portal.catalog.apply')}
          </LinkButton>
          <LinkButton size="large" to={`/portal/appointments?item=${it.code}`}>
            {t('portal.catalog.book')}
          </LinkButton>
          <Button size="large" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('portal.guide.print')}
          </Button>
        </Flex>
      </Card>

      <nav className="portal-guide__toc ui-no-print" aria-label={t('portal.guide.toc')}>
        {SECTIONS.map((section, index) => (
          <a key={section} href={`#guide-${section}`}>
            {`${index + 1}. ${t(`portal.guide.${section}` as MessageKey)}`}
          </a>
        ))}
      </nav>

      <GuideSection section="materials">
        <Table<Material>
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={it.materials}
          columns={[
            { key: 'code', dataIndex: 'code', title: t('portal.material.code'), responsive: ['md'] },
            { key: 'name', dataIndex: 'name', title: t('portal.material.name') },
            {
              key: 'required',
              title: t('portal.material.required'),
              render: (_, material) => t(material.required ? 'portal.material.must' : 'portal.material.situational'),
            },
            {
              key: 'form',
              title: t('portal.material.form'),
              responsive: ['md'],
              render: () => t('portal.material.electronic'),
            },
          ]}
        />
      </GuideSection>

      <GuideSection section="procedure">
        <ErrorAlert error={procedure.error} retry={() => void procedure.refetch()} />
        {procedure.data ? (
          <>
            <FlowDiagram
              definition={procedure.data.definition}
              activeNodeIds={[]}
              departmentNames={procedure.data.departmentNames}
            />
            <StageTable definition={procedure.data.definition} />
          </>
        ) : procedure.isPending ? (
          <Loading />
        ) : null}
      </GuideSection>

      <GuideSection section="limits">
        <p>
          {it.promisedDays === 0
            ? t('portal.guide.limitInstant')
            : `${t('portal.guide.limitFrom')}${promisedText(it)}${t('portal.guide.limitEnd')}`}
          {`${t('portal.guide.statutoryPrefix')}${statutoryText(it)}${t('portal.guide.statutorySuffix')}`}
        </p>
        <Typography.Paragraph type="secondary">{t('portal.guide.limitNote')}</Typography.Paragraph>
      </GuideSection>

      <GuideSection section="fees">
        <p>{it.fees}</p>
      </GuideSection>

      <GuideSection section="basis">
        <p>{it.legalBasis}</p>
      </GuideSection>

      <GuideSection section="window">
        <p>{it.windowAuthority}</p>
        <Typography.Paragraph type="secondary">{t('portal.guide.hours')}</Typography.Paragraph>
      </GuideSection>

      <GuideSection section="supervision">
        <p>{t('portal.guide.hotline')}</p>
      </GuideSection>
    </article>
  );
}
