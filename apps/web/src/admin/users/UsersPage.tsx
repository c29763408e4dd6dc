import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useDepartmentNames } from '../../api/names';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS, departmentsOfQuery, type UserSearch, usersPageQuery } from '../api';
import { useCenterChoice } from '../CenterPicker';
import type { UserPatch } from '../forms';
import type { AdminUser } from '../types';
import { NewUserDialog } from './NewUserDialog';
import { EditUserDialog, PasswordDialog } from './UserDialogs';
import { UserFilters } from './UserFilters';
import { roleLabel } from './roles';

/** 人员: the center's accounts page by page; create, edit roles and department, disable, reset a password. */
export function UsersPage() {
  const { centerId, picker } = useCenterChoice();
  const [search, setSearch] = useState<Omit<UserSearch, 'center'>>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const users = useQuery({
    ...usersPageQuery(paging, { ...search, center: centerId }),
    placeholderData: keepPreviousData,
  });
  const departments = useQuery(departmentsOfQuery(centerId)).data ?? [];
  const byCode = new Map(departments.map((department) => [department.code, department.name]));
  const ownNames = useDepartmentNames();
  const departmentName = (code: string | null) => (code ? (byCode.get(code) ?? ownNames(code)) : '—');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const patch = useCommand<{ username: string; patch: UserPatch }>({
    request: ({ username, patch: body }) => ({ path: `/users/${encodeURIComponent(username)}`, method: 'PATCH', body }),
    invalidates: ADMIN_KEYS.users,
  });

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.users.title')}</h1>
        <Space className="ad-head__actions" wrap>
          {picker}
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('admin.users.new')}
          </Button>
        </Space>
      </header>
      <UserFilters
        departments={departments}
        onApply={(next) => {
          setSearch(next);
          setPaging((current) => ({ ...current, page: 1 }));
        }}
      />
      <ErrorNotice error={users.error ?? patch.error} />
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <Table<AdminUser>
        rowKey="username"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: t('admin.users.username'), dataIndex: 'username' },
          { title: t('admin.users.name'), dataIndex: 'name' },
          {
            title: t('admin.users.role'),
            key: 'roles',
            render: (_, user) => (
              <>
                {user.roles.map((role) => (
                  <Tag key={role}>{roleLabel(role)}</Tag>
                ))}
                {user.chiefRepresentative ? <Tag color="blue">{t('admin.users.chief')}</Tag> : null}
              </>
            ),
          },
          {
            title: t('admin.users.department'),
            key: 'department',
            render: (_, user) => departmentName(user.department),
          },
          {
            title: t('admin.users.status'),
            key: 'status',
            render: (_, user) =>
              user.disabled ? <Tag color="red">{t('admin.users.disabled')}</Tag> : t('admin.users.enabled'),
          },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: (_, user) => (
              <Space size={0} wrap>
                <Button type="link" onClick={() => setEditing(user)} aria-label={`${t('admin.edit')} ${user.name}`}>
                  {t('admin.edit')}
                </Button>
                <Button
                  type="link"
                  onClick={() => setResetting(user)}
                  aria-label={`${t('admin.users.resetPassword')} ${user.name}`}
                >
                  {t('admin.users.resetPassword')}
                </Button>
                {user.disabled ? (
                  <Button
                    type="link"
                    aria-label={`${t('admin.users.enable')} ${user.name}`}
                    onClick={() =>
                      void patch.run({ username: user.username, patch: { disabled: false } }).catch(() => undefined)
                    }
                  >
                    {t('admin.users.enable')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={tf('admin.users.disableConfirm', { name: user.name })}
                    okText={t('admin.users.disable')}
                    cancelText={t('admin.cancel')}
                    onConfirm={() =>
                      patch.run({ username: user.username, patch: { disabled: true } }).catch(() => undefined)
                    }
                  >
                    <Button type="link" danger aria-label={`${t('admin.users.disable')} ${user.name}`}>
                      {t('admin.users.disable')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <NewUserDialog
        open={creating}
        centerId={centerId}
        departments={departments}
        onClose={() => setCreating(false)}
        onCreated={(name) => {
          setCreating(false);
          setDone(tf('admin.users.created', { name }));
        }}
      />
      <EditUserDialog user={editing} departments={departments} onClose={() => setEditing(null)} onSaved={setDone} />
      <PasswordDialog user={resetting} onClose={() => setResetting(null)} onSaved={setDone} />
    </>
  );
}
