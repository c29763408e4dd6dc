import { Alert, Form, type FormInstance, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { t } from '../i18n/t';

/** A command's dialog: an antd form in a modal, its send button the form's submit, the server's error below. */
export function FormDialog<T extends object>(props: {
  form: FormInstance<T>;
  /** Prefixes the fields' ids, which must be unique on the page. */
  name?: string;
  open: boolean;
  title: string;
  /** The send button's words; the title's when not given. */
  okText?: string;
  danger?: boolean;
  busy: boolean;
  error: Error | null;
  initialValues?: Partial<T>;
  /** Shown between the fields and the error (what the applicant is told, …). */
  notice?: ReactNode;
  onClose(): void;
  onFinish(values: T): void;
  children: ReactNode;
}) {
  const { form, name, open, title, okText, danger, busy, error, initialValues, notice, onClose, onFinish, children } = props;
  // antd shows a field's error beside it without announcing it: the first one is repeated as an alert.
  const [invalid, setInvalid] = useState<string | null>(null);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? title}
      okButtonProps={{ danger }}
      cancelText={t('ui.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setInvalid(null)}
    >
      <Form<T>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setInvalid(null);
          onFinish(values);
        }}
        onFinishFailed={({ errorFields }) => setInvalid(errorFields[0]?.errors[0] ?? null)}
        onValuesChange={() => setInvalid(null)}
      >
        {children}
      </Form>
      {notice}
      {invalid ? <Alert type="error" showIcon message={invalid} /> : null}
      {error ? <Alert type="error" showIcon message={error.message} /> : null}
    </Modal>
  );
}

/** The reason a decision must give: required, and not only spaces. */
export function ReasonItem({ label, name = 'reason' }: { label: string; name?: string }) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, message: t('workbench.reason.required') }]}
    >
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}
