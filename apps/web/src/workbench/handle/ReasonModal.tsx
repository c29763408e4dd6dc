import { Alert, Form, Input, Modal } from 'antd';
import { t } from '../../i18n/t';

/** A decision that needs a written reason (不予受理, 不同意, 答复整改): the reason is mandatory. */
export function ReasonModal(props: {
  open: boolean;
  title: string;
  label: string;
  confirm: string;
  busy: boolean;
  error: Error | null;
  onClose(): void;
  onSend(reason: string): void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.confirm}
      cancelText={t('ui.cancel')}
      confirmLoading={props.busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => props.onSend(reason.trim())}>
        <Form.Item
          name="reason"
          label={props.label}
          rules={[{ required: true, whitespace: true, message: t('workbench.reason.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
      {props.error ? <Alert type="error" showIcon message={props.error.message} /> : null}
    </Modal>
  );
}
