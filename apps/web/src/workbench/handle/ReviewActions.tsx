import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n/t';
import type { TaskDto } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { useItemCommand } from './commands';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';
import { useClaim } from './useClaim';

type Decision = { decision: 'approve' | 'reject' | 'return'; comment: string };

/** A department's decision on its task: 同意 / 不同意 (reason required) / 退回, each with the opinion. */
export function ReviewActions({
  task,
  nameOf,
  onDone,
}: {
  task: TaskDto;
  nameOf(username: string | null | undefined): string;
  onDone(message: string): void;
}) {
  const [comment, setComment] = useState('');
  const [refusing, setRefusing] = useState(false);
  const decide = useItemCommand<Decision>(`/tasks/${task.id}/complete`);
  const unclaim = useItemCommand(`/tasks/${task.id}/unclaim`, false);
  const claim = useClaim(task.id);
  const busy = decide.pending || unclaim.pending;
  const complete = (decision: Decision['decision'], opinion: string, message: string) =>
    void decide.run({ decision, comment: opinion }).then(
      () => {
        setRefusing(false);
        onDone(message);
      },
      () => undefined,
    );

  return (
    <>
      <p className="wb-actionbar__hint">
        {`${t('workbench.review.task')}${task.nodeName ?? task.nodeId}`}
        {task.actingFor ? (
          <strong className="wb-acting">{tf('workbench.actingFor', { name: nameOf(task.actingFor) })}</strong>
        ) : null}
        {task.inDepartmentName ? <strong className="wb-acting">{t('workbench.inDepartmentName')}</strong> : null}
      </p>
      {claim.error ? <Alert type="warning" showIcon message={claim.error.message} /> : null}
      <label className="wb-opinion">
        <span>{t('workbench.review.opinion')}</span>
        <Input.TextArea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      </label>
      <Space wrap>
        <Button
          type="primary"
          disabled={busy || !claim.claimed}
          loading={decide.pending && !refusing}
          onClick={() =>
            complete('approve', comment.trim() || t('workbench.review.defaultApprove'), t('workbench.done.approve'))
          }
        >
          {t('workbench.review.approve')}
        </Button>
        <Button danger disabled={busy || !claim.claimed} onClick={() => setRefusing(true)}>
          {t('workbench.review.reject')}
        </Button>
        <Button
          disabled={busy || !claim.claimed}
          onClick={() => complete('return', comment.trim(), t('workbench.done.return'))}
        >
          {t('workbench.review.return')}
        </Button>
        {claim.claimed ? (
          <Button
            disabled={busy}
            onClick={() =>
              void unclaim.run().then(
                () => {
                  claim.release();
                  onDone(t('workbench.done.unclaim'));
                },
                () => undefined,
              )
            }
          >
            {t('workbench.review.unclaim')}
          </Button>
        ) : null}
      </Space>
      {!refusing && (decide.error ?? unclaim.error) ? (
        <Alert type="error" showIcon message={(decide.error ?? unclaim.error)!.message} />
      ) : null}
      <ReasonDialog
        danger
        open={refusing}
        title={t('workbench.review.reject')}
        label={t('workbench.reason.review')}
        confirm={t('workbench.review.rejectConfirm')}
        busy={decide.pending}
        error={decide.error}
        onClose={() => setRefusing(false)}
        onSend={(reason) => complete('reject', reason, t('workbench.done.rejectReview'))}
      />
    </>
  );
}
