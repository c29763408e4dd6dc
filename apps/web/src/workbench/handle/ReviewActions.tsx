import { useState } from 'react';
import { t } from '../../i18n/t';
import type { TaskDto } from '../../shared-ui/apiTypes';
import { tf } from '../../shared-ui/format';
import { ErrorNotice } from '../../shared-ui/Notice';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';
import { useAction } from './useAction';
import { useClaim } from './useClaim';

/** A department's decision on its task: 同意 / 不同意 (reason required) / 退回, each with the opinion. */
export function ReviewActions({ task, onDone }: { task: TaskDto; onDone(message: string): void }) {
  const [comment, setComment] = useState('');
  const [refusing, setRefusing] = useState(false);
  const action = useAction((message) => {
    setRefusing(false);
    onDone(message);
  });
  const claim = useClaim(task.id);
  const complete = (decision: 'approve' | 'reject' | 'return', opinion: string, message: string) =>
    void action.run(`/tasks/${task.id}/complete`, { decision, comment: opinion }, message);

  return (
    <>
      <p className="wb-actionbar__hint">
        {`${t('workbench.review.task')}${task.nodeName ?? task.nodeId}`}
        {task.actingFor ? (
          <strong className="wb-acting">{tf('workbench.actingFor', { name: task.actingFor })}</strong>
        ) : null}
        {task.inDepartmentName ? <strong className="wb-acting">{t('workbench.inDepartmentName')}</strong> : null}
      </p>
      {claim.error ? <ErrorNotice error={claim.error} /> : null}
      <label className="ui-field wb-opinion">
        <span>{t('workbench.review.opinion')}</span>
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      </label>
      <div className="ui-button-row">
        <button
          type="button"
          className="ui-button ui-button--primary"
          disabled={action.busy || !claim.claimed}
          onClick={() =>
            complete('approve', comment.trim() || t('workbench.review.defaultApprove'), t('workbench.done.approve'))
          }
        >
          {t('workbench.review.approve')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--danger"
          disabled={action.busy || !claim.claimed}
          onClick={() => setRefusing(true)}
        >
          {t('workbench.review.reject')}
        </button>
        <button
          type="button"
          className="ui-button"
          disabled={action.busy || !claim.claimed}
          onClick={() => complete('return', comment.trim(), t('workbench.done.return'))}
        >
          {t('workbench.review.return')}
        </button>
        {claim.claimed ? (
          <button
            type="button"
            className="ui-button"
            disabled={action.busy}
            onClick={() =>
              void action
                .run(`/tasks/${task.id}/unclaim`, {}, t('workbench.done.unclaim'))
                .then((given) => given && claim.release())
            }
          >
            {t('workbench.review.unclaim')}
          </button>
        ) : null}
      </div>
      {!refusing ? <ErrorNotice error={action.error} /> : null}
      <ReasonDialog
        open={refusing}
        title={t('workbench.review.reject')}
        label={t('workbench.reason.review')}
        confirm={t('workbench.review.rejectConfirm')}
        busy={action.busy}
        error={action.error}
        onClose={() => setRefusing(false)}
        onSend={(reason) => complete('reject', reason, t('workbench.done.rejectReview'))}
      />
    </>
  );
}
