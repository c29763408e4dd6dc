import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { ErrorNotice } from '../../shared-ui/Notice';
import { type AuditSearch, auditQuery } from '../api';
import { type AuditChange, auditChanges } from '../forms';
import type { AuditEntry } from '../types';

function ChangeTable({ entry }: { entry: AuditEntry }) {
  const changes = auditChanges(entry.before, entry.after);
  if (changes.length === 0) return <p className="ui-muted">{t('admin.audit.noChange')}</p>;
  return (
    <Table<AuditChange>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={changes}
      columns={[
        { title: t('admin.audit.field'), dataIndex: 'field' },
        { title: t('admin.audit.before'), dataIndex: 'before' },
        { title: t('admin.audit.after'), dataIndex: 'after' },
      ]}
    />
  );
}

/** 操作日志: every administrative change, newest first, with what it was before and after. */
export function AuditPage() {
  const [search, setSearch] = useState<AuditSearch>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const entries = useQuery({ ...auditQuery(paging, search), placeholderData: keepPreviousData });

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.audit.title')}</h1>
      </header>
      <Form<AuditSearch>
        layout="inline"
        className="ad-filters"
        onFinish={(values) => {
          setSearch({
            actor: values.actor?.trim() || undefined,
            action: values.action?.trim() || undefined,
            from: values.from || undefined,
            to: values.to || undefined,
          });
          setPaging((current) => ({ ...current, page: 1 }));
        }}
      >
        <Space wrap>
          <Form.Item name="actor" label={t('admin.audit.actor')}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="action" label={t('admin.audit.action')}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="from" label={t('admin.audit.from')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="to" label={t('admin.audit.to')}>
            <Input type="date" />
          </Form.Item>
          <Button htmlType="submit">{t('admin.audit.filter')}</Button>
        </Space>
      </Form>
      <ErrorNotice error={entries.error} />
      <Table<AuditEntry>
        rowKey="id"
        loading={entries.isFetching}
        dataSource={entries.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (entry) => <ChangeTable entry={entry} /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: entries.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: t('admin.audit.at'), key: 'at', render: (_, entry) => formatDateTime(entry.at) },
          { title: t('admin.audit.actor'), dataIndex: 'actor' },
          { title: t('admin.audit.action'), dataIndex: 'action' },
          { title: t('admin.audit.target'), dataIndex: 'target' },
          { title: t('admin.center'), dataIndex: 'centerId' },
        ]}
      />
    </>
  );
}
