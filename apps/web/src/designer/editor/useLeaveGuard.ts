import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { t } from '../../i18n/t';

/**
 * While there are unsaved changes, leaving asks first: a link or the Back button through the router's blocker,
 * closing or reloading the tab through the browser's own prompt.
 */
export function useLeaveGuard(dirty: boolean): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('designer.leaveUnsaved'))) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
