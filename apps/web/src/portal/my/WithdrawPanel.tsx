import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { applicationKey } from '../../api/application';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { ErrorAlert } from '../ui/QueryStates';

/** 撤回: allowed while the item runs; the server decides (409 when the state no longer allows it). */
export function WithdrawPanel({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useCommand<string>({
    request: (text) => ({ path: `/applications/${id}/withdraw`, body: text ? { reason: text } : {} }),
    invalidates: [applicationKey(id), ['applications']],
    idempotent: true,
  });

  const confirm = async () => {
    await withdraw
      .run(reason.trim())
      .then(() => setOpen(false))
      .catch(() => undefined);
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('portal.withdraw.button')}
      </Button>
      <Modal
        open={open}
        title={t('portal.withdraw.title')}
        onCancel={() => setOpen(false)}
        onOk={() => void confirm()}
        okText={t('portal.withdraw.confirm')}
        okButtonProps={{ danger: true, loading: withdraw.pending }}
        cancelText={t('ui.cancel')}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('portal.withdraw.warning')}</Typography.Paragraph>
        <Form layout="vertical" component="div">
          <Form.Item label={t('portal.withdraw.reason')} htmlFor="withdraw-reason">
            <Input.TextArea id="withdraw-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
        <ErrorAlert error={withdraw.error} />
      </Modal>
    </>
  );
}
