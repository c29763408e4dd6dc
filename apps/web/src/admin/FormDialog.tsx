import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { t } from '../i18n/t';
import { FormDialog as CommandDialog } from '../shared-ui/FormDialog';

/**
 * The admin screens' dialog: the shared command dialog with a form of its own and 保存 as its button; OK
 * validates and sends, and the dialog stays open with the server's message when the command is refused.
 */
export function FormDialog<T extends object>({
  name,
  open,
  title,
  initialValues,
  busy,
  error,
  okText,
  onSend,
  onClose,
  children,
}: {
  /** Prefixes the fields' ids, which must be unique on the page. */
  name: string;
  open: boolean;
  title: string;
  initialValues?: Partial<T>;
  busy: boolean;
  error: ApiError | null;
  okText?: string;
  onSend(values: T, form: FormInstance<T>): void;
  onClose(): void;
  children: ReactNode;
}) {
  const [form] = Form.useForm<T>();
  return (
    <CommandDialog<T>
      form={form}
      name={name}
      open={open}
      title={title}
      okText={okText ?? t('admin.save')}
      busy={busy}
      error={error}
      initialValues={initialValues}
      onClose={onClose}
      onFinish={(values) => onSend(values, form)}
    >
      {/* Mounted only while open, so each opening starts from initialValues. */}
      {open ? children : null}
    </CommandDialog>
  );
}
