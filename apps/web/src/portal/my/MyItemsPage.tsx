import { Card, Descriptions, Empty, List, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { t } from '../../i18n/t';
import type { ApplicationSummary } from '@tongban/api-contract';
import { formatDate, formatDateTime } from '../../shared-ui/format';
import { statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { LinkButton } from '../ui/LinkButton';
import { usePage } from '../../api/usePage';
import { ErrorAlert, Loading } from '../ui/QueryStates';
import { usePhone } from '../../shared-ui/usePhone';
import { NotificationSettingsCard } from './NotificationSettingsCard';

const PAGE_SIZE = 10;

function OpenButton({ item }: { item: ApplicationSummary }) {
  return (
    <LinkButton type="primary" to={`/portal/my/${item.id}`} aria-label={`${t('portal.my.open')}：${item.receiptNo}`}>
      {t('portal.my.open')}
    </LinkButton>
  );
}

/** On a phone each item is a card with its 查看进度 button in reach (a wide table hid it off-screen). */
function ItemCard({ item }: { item: ApplicationSummary }) {
  return (
    <Card size="small" title={item.itemName} className="portal-my-card">
      <StatusChip look={statusLook(item.status)} />
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'receiptNo', label: t('portal.my.receiptNo'), children: item.receiptNo },
          { key: 'submittedAt', label: t('portal.my.submittedAt'), children: formatDateTime(item.submittedAt) },
          { key: 'deadline', label: t('portal.my.deadline'), children: formatDate(item.deadline) },
        ]}
      />
      <OpenButton item={item} />
    </Card>
  );
}

/** 我的办件: the applicant's items, newest first, a page at a time, each opening its progress page. */
export function MyItemsPage() {
  const phone = usePhone();
  const [page, setPage] = useState(1);
  const items = usePage<ApplicationSummary>('/applications', { page, pageSize: PAGE_SIZE });
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: items.data?.total ?? 0,
    onChange: setPage,
    showSizeChanger: false,
    hideOnSinglePage: true,
  };
  const empty = (
    <Empty description={t('portal.my.none')}>
      <Link to="/portal">{t('portal.nav.catalog')}</Link>
    </Empty>
  );

  return (
    <>
      <Typography.Title level={1}>{t('portal.my.title')}</Typography.Title>
      <ErrorAlert error={items.error} retry={() => void items.refetch()} />
      {items.isPending ? <Loading /> : null}
      {items.data && phone ? (
        <List
          dataSource={items.data.items}
          rowKey="id"
          pagination={pagination}
          locale={{ emptyText: empty }}
          renderItem={(item) => (
            <List.Item>
              <ItemCard item={item} />
            </List.Item>
          )}
        />
      ) : null}
      {items.data && !phone ? (
        <Table<ApplicationSummary>
          rowKey="id"
          dataSource={items.data.items}
          loading={items.isFetching && items.isPlaceholderData}
          pagination={pagination}
          locale={{ emptyText: empty }}
          columns={[
            { key: 'receiptNo', dataIndex: 'receiptNo', title: t('portal.my.receiptNo') },
            { key: 'itemName', dataIndex: 'itemName', title: t('portal.item.name') },
            {
              key: 'status',
              title: t('portal.my.status'),
              render: (_, item) => <StatusChip look={statusLook(item.status)} />,
            },
            {
              key: 'submittedAt',
              title: t('portal.my.submittedAt'),
              render: (_, item) => formatDateTime(item.submittedAt),
            },
            { key: 'deadline', title: t('portal.my.deadline'), render: (_, item) => formatDate(item.deadline) },
            { key: 'open', title: t('portal.item.actions'), render: (_, item) => <OpenButton item={item} /> },
          ]}
        />
      ) : null}
      <NotificationSettingsCard />
    </>
  );
}
