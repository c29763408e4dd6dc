import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import type { SavedVersion } from './usePersistence';

const NOTE_MAX = 500;

interface Props {
  open: boolean;
  flowName: string;
  /** The stored version that would be published; null when the document is saved first (a new version). */
  draft: SavedVersion | null;
  busy: boolean;
  onConfirm(note: string): void;
  onCancel(): void;
}

/** Publishing asks first, with the version it makes current and a note (版本说明) kept with the version. */
export function PublishDialog({ open, flowName, draft, busy, onConfirm, onCancel }: Props) {
  const [note, setNote] = useState('');
  return (
    <Modal
      open={open}
      title={t('designer.publish.dialog.title')}
      okText={t('designer.publish.dialog.ok')}
      cancelText={t('designer.publish.dialog.cancel')}
      confirmLoading={busy}
      onOk={() => onConfirm(note)}
      onCancel={onCancel}
      afterClose={() => setNote('')}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {draft
          ? tf('designer.publish.dialog.version', { name: flowName, n: draft.version })
          : tf('designer.publish.dialog.saveFirst', { name: flowName })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('designer.publish.confirm')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => onConfirm(note)}>
        <Form.Item
          label={t('designer.publish.dialog.note')}
          htmlFor="publish-note"
          extra={t('designer.publish.dialog.noteHint')}
        >
          <Input.TextArea
            id="publish-note"
            value={note}
            maxLength={NOTE_MAX}
            showCount
            autoSize={{ minRows: 3, maxRows: 6 }}
            onChange={(event) => setNote(event.target.value)}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
