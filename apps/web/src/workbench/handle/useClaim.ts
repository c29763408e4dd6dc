import { useEffect } from 'react';
import { useCommand } from '../../api/query';

/**
 * Opening a task to decide it claims it (认领): while this screen holds it, others of the role cannot decide it.
 * A task someone else holds answers 409 TASK_CLAIMED, shown instead of the decision buttons.
 */
export function useClaim(taskId: string) {
  const claim = useCommand<string>({
    request: (id) => ({ path: `/tasks/${encodeURIComponent(id)}/claim`, body: {} }),
    invalidates: [['tasks'], ['applications']],
  });
  const { run } = claim;
  useEffect(() => {
    // The error is kept on the command and shown by the caller.
    run(taskId).catch(() => undefined);
    // `run` is a new function each render; the claim is made once per task opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [taskId]);
  return {
    claimed: Boolean(claim.data) && !claim.pending,
    error: claim.error,
    /** The task was given back (退回认领): decisions wait until it is opened, and so claimed, again. */
    release: claim.reset,
  };
}
