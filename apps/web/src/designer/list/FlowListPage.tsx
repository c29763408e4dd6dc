import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { t } from '../../i18n/t';
import type { FlowSummary } from '@tongban/api-contract';
import { flowQueries } from '../editor/flowApi';
import { tf, tk } from '../i18n/format';
import { formatInstant } from '../versions/formatInstant';
import { TAG_COLOURS } from '../statusColours';

const columns: ColumnsType<FlowSummary> = [
  {
    title: t('designer.list.name'),
    dataIndex: 'name',
    sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    render: (name: string, flow) => (
      <>
        {name} {!flow.editable && <Tag>{t('designer.status.readOnly')}</Tag>}
      </>
    ),
  },
  { title: t('designer.list.key'), dataIndex: 'key', render: (key: string) => <code>{key}</code> },
  {
    title: t('designer.list.latest'),
    dataIndex: 'latestVersion',
    render: (n: number) => tf('designer.version', { n }),
  },
  {
    title: t('designer.list.status'),
    dataIndex: 'status',
    render: (status: string) => (
      <Tag color={status === 'published' ? TAG_COLOURS.published : undefined}>{tk('designer.status.', status)}</Tag>
    ),
  },
  {
    title: t('designer.list.published'),
    dataIndex: 'publishedVersion',
    render: (n: number | null) => (n ? tf('designer.version', { n }) : '—'),
  },
  {
    title: t('designer.list.updated'),
    dataIndex: 'updatedAt',
    render: formatInstant,
    sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
    defaultSortOrder: 'descend',
  },
  {
    title: t('designer.list.actions'),
    key: 'open',
    render: (_, flow) => <Link to={`/designer/${encodeURIComponent(flow.key)}`}>{t('designer.list.open')}</Link>,
  },
];

/** Every flow with its latest version, status and the version new applications use. */
export function FlowListPage() {
  const flows = useQuery(flowQueries.list());
  return (
    <main className="page flow-list">
      <nav className="flow-list__nav">
        <Link to="/">{`← ${t('designer.list.home')}`}</Link>
      </nav>
      <header className="flow-list__head">
        <Typography.Title level={1}>{t('designer.list.heading')}</Typography.Title>
        <Link to="/designer/new" className="button button--primary">{`＋ ${t('designer.list.new')}`}</Link>
      </header>
      {flows.error && <Alert type="error" showIcon title={flows.error.message} />}
      <Table<FlowSummary>
        rowKey="key"
        columns={columns}
        dataSource={flows.data ?? []}
        loading={flows.isPending}
        pagination={false}
        locale={{ emptyText: t('designer.list.empty') }}
      />
    </main>
  );
}
