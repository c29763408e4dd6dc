import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
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
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const send = () => {
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    props.onSend(reason.trim());
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.confirm}
      cancelText={t('ui.cancel')}
      confirmLoading={props.busy}
      onOk={send}
      onCancel={props.onClose}
      destroyOnHidden
      afterClose={() => {
        setReason('');
        setMissing(false);
      }}
    >
      <Form layout="vertical" onFinish={send}>
        <Form.Item label={props.label} htmlFor="reason-text" required validateStatus={missing ? 'error' : undefined}>
          <Input.TextArea id="reason-text" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
      {missing ? <Alert type="error" showIcon message={t('workbench.reason.required')} /> : null}
      {props.error ? <Alert type="error" showIcon message={props.error.message} /> : null}
    </Modal>
  );
}
