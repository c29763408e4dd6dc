import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { useCommand, withQuery } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS, departmentsOfQuery } from '../api';
import { useCenterChoice } from '../CenterPicker';
import { FormDialog } from '../FormDialog';
import { CODE_PATTERN } from '../forms';
import type { AdminDepartment } from '../types';

const required = { required: true, whitespace: true, message: t('admin.required') };

interface DepartmentForm {
  code: string;
  name: string;
}

/** 部门: the departments of one center; create, rename. */
export function DepartmentsPage() {
  const { centerId, picker } = useCenterChoice();
  const departments = useQuery(departmentsOfQuery(centerId));
  const [done, setDone] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<AdminDepartment | null>(null);
  const [form] = Form.useForm<DepartmentForm>();
  const create = useCommand<DepartmentForm>({
    request: ({ code, name }) => ({ path: '/departments', body: { centerId, code: code.trim(), name: name.trim() } }),
    invalidates: ADMIN_KEYS.departments,
  });
  const rename = useCommand<{ code: string; name: string }>({
    request: ({ code, name }) => ({
      path: withQuery(`/departments/${encodeURIComponent(code)}`, { center: centerId }),
      method: 'PATCH',
      body: { name: name.trim() },
    }),
    invalidates: ADMIN_KEYS.departments,
  });

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.departments.title')}</h1>
        <div className="ad-head__actions">{picker}</div>
      </header>
      <ErrorNotice error={departments.error} />
      <Card className="ad-section" title={<h2 className="ad-card-title">{t('admin.departments.new')}</h2>}>
        <Form
          form={form}
          layout="inline"
          onFinish={(values: DepartmentForm) =>
            void create.run(values).then(
              () => {
                setDone(tf('admin.departments.created', { name: values.name.trim() }));
                form.resetFields();
              },
              () => setDone(null),
            )
          }
        >
          <Form.Item
            name="code"
            label={t('admin.departments.code')}
            rules={[required, { pattern: CODE_PATTERN, message: t('admin.codeRule') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="name" label={t('admin.departments.name')} rules={[required]}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.pending}>
            {t('admin.departments.new')}
          </Button>
        </Form>
        <ErrorNotice error={create.error} />
        {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      </Card>
      <Table<AdminDepartment>
        rowKey="code"
        loading={departments.isLoading}
        dataSource={departments.data ?? []}
        pagination={false}
        locale={{ emptyText: t('admin.departments.empty') }}
        columns={[
          { title: t('admin.departments.code'), dataIndex: 'code' },
          { title: t('admin.departments.name'), dataIndex: 'name' },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: (_, department) => (
              <Button
                type="link"
                onClick={() => setRenaming(department)}
                aria-label={`${t('admin.rename')} ${department.name}`}
              >
                {t('admin.rename')}
              </Button>
            ),
          },
        ]}
      />
      <FormDialog<{ name: string }>
        open={renaming !== null}
        title={`${t('admin.rename')}：${renaming?.name ?? ''}`}
        initialValues={{ name: renaming?.name }}
        busy={rename.pending}
        error={rename.error}
        onClose={() => {
          setRenaming(null);
          rename.reset();
        }}
        onSend={({ name }) =>
          renaming &&
          void rename.run({ code: renaming.code, name }).then(
            () => {
              setRenaming(null);
              setDone(t('admin.saved'));
            },
            () => undefined,
          )
        }
      >
        <Form.Item name="name" label={t('admin.departments.name')} rules={[required]}>
          <Input />
        </Form.Item>
      </FormDialog>
    </>
  );
}
