import { useQuery } from '@tanstack/react-query';
import type { CatalogItem } from '@tongban/api-contract';
import { Button, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useCommand, withQuery } from '../../api/query';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS, catalogOfQuery, departmentsOfQuery, flowsQuery } from '../api';
import { useCenterChoice } from '../CenterPicker';
import { type CatalogForm, catalogRequest } from '../forms';
import { CatalogItemDialog } from './CatalogItemDialog';

type Editing = { item: CatalogItem | null } | null;

/** 事项目录: the center's items; create, edit, retire, and bind each to a published flow. */
export function CatalogPage() {
  const { user } = useSession();
  const { centerId, picker } = useCenterChoice();
  const items = useQuery(catalogOfQuery(centerId));
  const departments = useQuery(departmentsOfQuery(centerId)).data ?? [];
  const flows = useQuery(flowsQuery()).data ?? [];
  const departmentName = (code: string) => departments.find((department) => department.code === code)?.name ?? code;
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  // The caller's own center needs no `?center=`; a child center's item is named by it.
  const scoped = (path: string) => (centerId === user?.centerId ? path : withQuery(path, { center: centerId }));
  const save = useCommand<{ form: CatalogForm; existing: boolean }>({
    request: ({ form, existing }) =>
      existing
        ? { path: scoped(`/catalog/${encodeURIComponent(form.code)}`), method: 'PUT', body: catalogRequest(form) }
        : { path: scoped('/catalog'), body: catalogRequest(form) },
    invalidates: ADMIN_KEYS.catalog,
  });
  const retire = useCommand<string>({
    request: (code) => ({ path: scoped(`/catalog/${encodeURIComponent(code)}`), method: 'DELETE' }),
    invalidates: ADMIN_KEYS.catalog,
  });
  const close = () => {
    setEditing(null);
    save.reset();
  };

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.catalog.title')}</h1>
        <Space className="ad-head__actions" wrap>
          {picker}
          <Button type="primary" onClick={() => setEditing({ item: null })}>
            {t('admin.catalog.new')}
          </Button>
        </Space>
      </header>
      <ErrorNotice error={items.error ?? retire.error} />
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <Table<CatalogItem>
        rowKey="code"
        loading={items.isLoading}
        dataSource={items.data ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('admin.catalog.empty') }}
        columns={[
          { title: t('admin.catalog.code'), dataIndex: 'code' },
          { title: t('admin.catalog.name'), dataIndex: 'name' },
          {
            title: t('admin.catalog.department'),
            key: 'department',
            render: (_, item) => departmentName(item.department),
          },
          { title: t('admin.catalog.flow'), dataIndex: 'flowKey' },
          { title: t('admin.catalog.promisedDays'), dataIndex: 'promisedDays' },
          { title: t('admin.catalog.statutoryDays'), dataIndex: 'statutoryDays' },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: (_, item) => (
              <Space size={0}>
                <Button type="link" onClick={() => setEditing({ item })} aria-label={`${t('admin.edit')} ${item.name}`}>
                  {t('admin.edit')}
                </Button>
                <Popconfirm
                  title={tf('admin.catalog.retireConfirm', { name: item.name })}
                  okText={t('admin.catalog.retire')}
                  cancelText={t('admin.cancel')}
                  onConfirm={() =>
                    retire.run(item.code).then(
                      () => setDone(tf('admin.catalog.retired', { name: item.name })),
                      () => undefined,
                    )
                  }
                >
                  <Button type="link" danger aria-label={`${t('admin.catalog.retire')} ${item.name}`}>
                    {t('admin.catalog.retire')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CatalogItemDialog
        open={editing !== null}
        title={editing?.item ? tf('admin.catalog.editTitle', { name: editing.item.name }) : t('admin.catalog.new')}
        item={editing?.item ?? null}
        departments={departments}
        flows={flows}
        busy={save.pending}
        error={save.error}
        onClose={close}
        onSend={(form) =>
          void save
            .run({ form: { ...form, code: editing?.item?.code ?? form.code }, existing: Boolean(editing?.item) })
            .then(
              () => {
                close();
                setDone(tf('admin.catalog.saved', { name: form.name.trim() }));
              },
              () => undefined,
            )
        }
      />
    </>
  );
}
