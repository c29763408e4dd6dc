import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiQuery, withQuery } from '../../api/query';
import { t } from '../../i18n/t';
import type { CatalogItem } from '@tongban/api-contract';
import { LinkButton } from '../ui/LinkButton';
import { ErrorAlert, Loading } from '../ui/QueryStates';
import { itemKind, promisedText, statutoryText } from './itemFacts';

function ItemCard({ item }: { item: CatalogItem }) {
  return (
    <Card
      className="portal-item"
      title={
        <Link to={withQuery(`/portal/items/${item.code}`, { center: item.centerId })} className="portal-item__name">
          {item.name}
        </Link>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'department', label: t('portal.item.department'), children: item.department },
          { key: 'kind', label: t('portal.item.kind'), children: itemKind(item) },
          { key: 'promised', label: t('portal.item.promised'), children: promisedText(item) },
          { key: 'statutory', label: t('portal.item.statutory'), children: statutoryText(item) },
          { key: 'fees', label: t('portal.item.fees'), children: item.fees },
        ]}
      />
      <Flex gap={8} wrap className="portal-item__actions">
        <LinkButton
          type="primary"
          to={withQuery(`/portal/items/${item.code}/apply`, { center: item.centerId })}
          aria-label={`${t('portal.catalog.apply')}：${item.name}`}
        >
          {t('portal.catalog.apply')}
        </LinkButton>
        <LinkButton
          to={`/portal/appointments?item=${item.code}`}
          aria-label={`${t('portal.catalog.book')}：${item.name}`}
        >
          {t('portal.catalog.book')}
        </LinkButton>
        <LinkButton
          type="link"
          to={withQuery(`/portal/items/${item.code}`, { center: item.centerId })}
          aria-label={`${t('portal.guide.kicker')}：${item.name}`}
        >
          {t('portal.guide.kicker')}
        </LinkButton>
      </Flex>
    </Card>
  );
}

/** 事项目录: every item of the public catalog as a card with its buttons, searchable, open without login. */
export function CatalogPage() {
  const [query, setQuery] = useState('');
  const items = useQuery({
    ...apiQuery<CatalogItem[]>(withQuery('/catalog', { q: query })),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={1}>{t('portal.catalog.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.catalog.intro')}</Typography.Paragraph>
      <form role="search" className="portal-search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="catalog-search" className="portal-search__label">
          {t('portal.catalog.search')}
        </label>
        <Input.Search
          id="catalog-search"
          allowClear
          size="large"
          placeholder={t('portal.catalog.searchHint')}
          enterButton={t('portal.catalog.searchButton')}
          onSearch={(value) => setQuery(value.trim())}
        />
      </form>
      <ErrorAlert error={items.error} retry={() => void items.refetch()} />
      {items.isPending ? <Loading /> : null}
      {items.data ? (
        <List
          grid={{ gutter: 16, xs: 1, sm: 1, md: 2, xl: 3 }}
          dataSource={items.data}
          header={<span className="portal-muted">{`${t('portal.catalog.count')}${items.data.length}`}</span>}
          locale={{ emptyText: <Empty description={t('portal.catalog.none')} /> }}
          renderItem={(item) => (
            <List.Item>
              <ItemCard item={item} />
            </List.Item>
          )}
        />
      ) : null}
    </>
  );
}
