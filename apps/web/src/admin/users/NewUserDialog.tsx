import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { ADMIN_KEYS } from '../api';
import { FormDialog } from '../FormDialog';
import { newUserRequest, type NewUserForm } from '../forms';
import type { AdminDepartment } from '../types';
import { UserFields } from './UserFields';

/** 新建人员: an account of the chosen center with its first password. */
export function NewUserDialog({
  open,
  centerId,
  departments,
  onClose,
  onCreated,
}: {
  open: boolean;
  centerId: string;
  departments: AdminDepartment[];
  onClose(): void;
  onCreated(name: string): void;
}) {
  const create = useCommand<NewUserForm>({
    request: (form) => ({ path: '/users', body: newUserRequest(form) }),
    invalidates: ADMIN_KEYS.users,
  });
  return (
    <FormDialog<Omit<NewUserForm, 'centerId'>>
      name="user-new"
      open={open}
      title={t('admin.users.new')}
      busy={create.pending}
      error={create.error}
      onClose={() => {
        create.reset();
        onClose();
      }}
      onSend={(values) =>
        void create.run({ ...values, centerId }).then(
          () => {
            create.reset();
            onCreated(values.name.trim());
          },
          () => undefined,
        )
      }
    >
      <UserFields creating departments={departments} />
    </FormDialog>
  );
}
