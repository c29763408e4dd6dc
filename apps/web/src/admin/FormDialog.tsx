import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { t } from '../i18n/t';
import { ErrorNotice } from '../shared-ui/Notice';

/**
 * An antd form in a modal: OK validates and sends; the dialog stays open with the server's message when
 * the command is refused. Rendered only while open, so each opening starts from `initialValues`.
 */
export function FormDialog<T extends object>({
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
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      onOk={() =>
        void form.validateFields().then(
          (values) => onSend(values, form),
          () => undefined,
        )
      }
      onCancel={onClose}
    >
      {open ? (
        <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => onSend(values, form)}>
          {children}
          <ErrorNotice error={error} />
        </Form>
      ) : null}
    </Modal>
  );
}
