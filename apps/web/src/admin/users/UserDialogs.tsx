import { Form, Input } from 'antd';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ADMIN_KEYS } from '../api';
import { FormDialog } from '../FormDialog';
import { type EditUserForm, userPatch, type UserPatch } from '../forms';
import type { AdminDepartment, AdminUser } from '../types';
import { passwordRules, UserFields } from './UserFields';

/** 编辑人员: name, roles (负责人 included), department, 首席代表, contacts; sends only what changed. */
export function EditUserDialog({
  user,
  departments,
  onClose,
  onSaved,
}: {
  user: AdminUser | null;
  departments: AdminDepartment[];
  onClose(): void;
  onSaved(message: string): void;
}) {
  const save = useCommand<{ username: string; patch: UserPatch }>({
    request: ({ username, patch }) => ({
      path: `/users/${encodeURIComponent(username)}`,
      method: 'PATCH',
      body: patch,
    }),
    invalidates: ADMIN_KEYS.users,
  });
  const close = () => {
    save.reset();
    onClose();
  };
  return (
    <FormDialog<EditUserForm>
      open={user !== null}
      title={tf('admin.users.editTitle', { name: user?.name ?? '' })}
      initialValues={user ?? undefined}
      busy={save.pending}
      error={save.error}
      onClose={close}
      onSend={(values) => {
        if (!user) return;
        const patch = userPatch(user, values);
        if (!patch) {
          close();
          onSaved(t('admin.users.nothingChanged'));
          return;
        }
        void save.run({ username: user.username, patch }).then(
          () => {
            close();
            onSaved(t('admin.saved'));
          },
          () => undefined,
        );
      }}
    >
      <UserFields creating={false} departments={departments} />
    </FormDialog>
  );
}

/** 重置密码: an administrator sets a new password for the account. */
export function PasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: AdminUser | null;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const reset = useCommand<{ username: string; password: string }>({
    request: ({ username, password }) => ({
      path: `/users/${encodeURIComponent(username)}/password`,
      body: { password },
    }),
    invalidates: [['admin', 'audit']],
  });
  const close = () => {
    reset.reset();
    onClose();
  };
  return (
    <FormDialog<{ password: string }>
      open={user !== null}
      title={`${t('admin.users.resetPassword')}：${user?.name ?? ''}`}
      busy={reset.pending}
      error={reset.error}
      onClose={close}
      onSend={({ password }) =>
        user &&
        void reset.run({ username: user.username, password }).then(
          () => {
            close();
            onSaved(tf('admin.users.passwordReset', { name: user.name }));
          },
          () => undefined,
        )
      }
    >
      <Form.Item name="password" label={t('admin.users.newPassword')} rules={passwordRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
