import { Form } from 'antd';
import { FormDialog, ReasonItem } from './FormDialog';

/** A decision that must give its reason (不予受理, 不同意, 答复整改, 销号): the dialog will not send an empty one. */
export function ReasonDialog(props: {
  open: boolean;
  title: string;
  label: string;
  confirm: string;
  /** A refusal: the send button is red. */
  danger?: boolean;
  busy: boolean;
  error: Error | null;
  onClose(): void;
  onSend(reason: string): void;
}) {
  const { label, confirm, onSend, ...dialog } = props;
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormDialog {...dialog} form={form} okText={confirm} onFinish={(values) => onSend(values.reason.trim())}>
      <ReasonItem label={label} />
    </FormDialog>
  );
}
