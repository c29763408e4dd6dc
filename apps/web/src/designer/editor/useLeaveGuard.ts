import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { t } from '../../i18n/t';
import { editorSessionOf } from './editorSession';

/**
 * While there are unsaved changes, leaving asks first: a link or the Back button through the router's blocker
 * (a dialog: 离开 / 留在此页), closing or reloading the tab through the browser's own prompt.
 */
export function useLeaveGuard(dirty: boolean): void {
  const { modal } = App.useApp();
  // The address following a just-saved flow's key leaves nothing behind (and runs before `dirty` re-renders).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname && !editorSessionOf(nextLocation.state),
  );
  const blocked = blocker.state === 'blocked';
  const { proceed, reset } = blocker;
  useEffect(() => {
    if (!blocked) return;
    const dialog = modal.confirm({
      title: t('designer.leave.title'),
      content: t('designer.leaveUnsaved'),
      okText: t('designer.leave.ok'),
      cancelText: t('designer.leave.stay'),
      okButtonProps: { danger: true },
      onOk: () => proceed?.(),
      onCancel: () => reset?.(),
    });
    return () => dialog.destroy();
  }, [blocked, proceed, reset, modal]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
