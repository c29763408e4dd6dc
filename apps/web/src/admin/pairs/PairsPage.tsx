import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Popconfirm, Select, Table } from 'antd';
import { useState } from 'react';
import { useDepartmentNames } from '../../api/names';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS, pairsQuery, usersPageQuery } from '../api';
import type { StaffPair } from '../types';

interface PairForm {
  a: string;
  b: string;
}

/** The center's enabled staff for the pickers (the largest page the API serves). */
function useStaffOptions() {
  const staff = useQuery(usersPageQuery({ page: 1, pageSize: 200 }, { disabled: false }));
  return (staff.data?.items ?? [])
    .filter((user) => !user.roles.every((role) => role === 'applicant'))
    .map((user) => ({ value: user.username, label: `${user.name}（${user.username}）` }));
}

/** AB岗: who stands in for whom; absences are recorded on the workbench. */
export function PairsPage() {
  const pairs = useQuery(pairsQuery());
  const departmentName = useDepartmentNames();
  const options = useStaffOptions();
  const [form] = Form.useForm<PairForm>();
  const [done, setDone] = useState<string | null>(null);
  const create = useCommand<PairForm>({
    request: (body) => ({ path: '/staff/pairs', body }),
    invalidates: ADMIN_KEYS.pairs,
  });
  const remove = useCommand<string>({
    request: (a) => ({ path: `/staff/pairs/${encodeURIComponent(a)}`, method: 'DELETE' }),
    invalidates: ADMIN_KEYS.pairs,
  });
  const nameOf = (username: string) => options.find((option) => option.value === username)?.label ?? username;

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.pairs.title')}</h1>
      </header>
      <p className="ui-muted">{t('admin.pairs.intro')}</p>
      <ErrorNotice error={pairs.error ?? remove.error} />
      <Card className="ad-section" title={<h2 className="ad-card-title">{t('admin.pairs.new')}</h2>}>
        <Form
          form={form}
          layout="inline"
          onFinish={(values: PairForm) =>
            void create.run(values).then(
              () => {
                setDone(tf('admin.pairs.created', { a: nameOf(values.a), b: nameOf(values.b) }));
                form.resetFields();
              },
              () => setDone(null),
            )
          }
        >
          <Form.Item name="a" label={t('admin.pairs.a')} rules={[{ required: true, message: t('admin.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={options}
              style={{ minWidth: 200 }}
              aria-label={t('admin.pairs.a')}
            />
          </Form.Item>
          <Form.Item
            name="b"
            label={t('admin.pairs.b')}
            dependencies={['a']}
            rules={[
              { required: true, message: t('admin.required') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value && value === getFieldValue('a')
                    ? Promise.reject(new Error(t('admin.pairs.same')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={options}
              style={{ minWidth: 200 }}
              aria-label={t('admin.pairs.b')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.pending}>
            {t('admin.pairs.new')}
          </Button>
        </Form>
        <ErrorNotice error={create.error} />
        {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      </Card>
      <Table<StaffPair>
        rowKey="a"
        loading={pairs.isLoading}
        dataSource={pairs.data ?? []}
        pagination={false}
        locale={{ emptyText: t('admin.pairs.empty') }}
        columns={[
          {
            title: t('admin.users.department'),
            key: 'department',
            render: (_, pair) => departmentName(pair.department),
          },
          { title: t('admin.pairs.a'), key: 'a', render: (_, pair) => `${pair.aName}（${pair.a}）` },
          { title: t('admin.pairs.b'), key: 'b', render: (_, pair) => `${pair.bName}（${pair.b}）` },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: (_, pair) => (
              <Popconfirm
                title={tf('admin.pairs.removeConfirm', { a: pair.aName, b: pair.bName })}
                okText={t('admin.pairs.remove')}
                cancelText={t('admin.cancel')}
                onConfirm={() => remove.run(pair.a).catch(() => undefined)}
              >
                <Button type="link" danger aria-label={`${t('admin.pairs.remove')} ${pair.aName}`}>
                  {t('admin.pairs.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </>
  );
}
