import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';

/**
 * Opening a task to decide it claims it (认领): while this screen holds it, others of the role cannot decide it.
 * A task someone else holds answers 409 TASK_CLAIMED, shown instead of the decision buttons.
 */
export function useClaim(taskId: string) {
  const [error, setError] = useState<Error | null>(null);
  const [claimed, setClaimed] = useState(false);
  useEffect(() => {
    let live = true;
    setError(null);
    setClaimed(false);
    api(`/tasks/${taskId}/claim`, { body: {} }).then(
      () => live && setClaimed(true),
      (caught) => live && setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic'))),
    );
    return () => {
      live = false;
    };
  }, [taskId]);
  /** The task was given back (退回认领): decisions wait until it is opened, and so claimed, again. */
  const release = () => setClaimed(false);
  return { claimed, error, release };
}
