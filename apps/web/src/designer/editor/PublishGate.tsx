import { Button, Modal, Typography } from 'antd';
import type { FlowError } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { ProblemRows } from '../problems/ProblemsBar';

/** Publishing is refused while errors remain: each row jumps to the node, then the dialog closes. */
export function PublishGate({
  errors,
  onClose,
  onPick,
}: {
  errors: FlowError[];
  onClose(): void;
  onPick(target: { nodeId?: string; edgeId?: string }): void;
}) {
  return (
    <Modal
      open
      title={`⚠ ${t('designer.publish.gate.title')}`}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} autoFocus>
          {t('designer.publish.gate.close')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('designer.publish.gate.body')}</Typography.Paragraph>
      <ProblemRows
        errors={errors}
        onPick={(target) => {
          onClose();
          onPick(target);
        }}
      />
    </Modal>
  );
}
