import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';

/** Runs one command against the API, keeping busy / error / done for the action bar. */
export function useAction(onDone: (message: string) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const run = async (path: string, body: object, message: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await api(path, { body });
      onDone(message);
      return true;
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, setError };
}
