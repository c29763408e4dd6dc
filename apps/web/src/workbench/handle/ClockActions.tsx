import { useState } from 'react';
import { t } from '../../i18n/t';
import type { ApplicationView } from '../../shared-ui/apiTypes';
import { ErrorNotice } from '../../shared-ui/Notice';
import { ExtendDialog, PauseDialog } from './ClockDialogs';
import { useAction } from './useAction';

/** The window's clock commands on an accepted item: 暂停计时 / 恢复计时 (§45) and 延期 (§42, once). */
export function ClockActions({ view, onDone }: { view: ApplicationView; onDone(message: string): void }) {
  const [dialog, setDialog] = useState<'pause' | 'extend' | null>(null);
  const action = useAction((message) => {
    setDialog(null);
    onDone(message);
  });
  const base = `/applications/${view.id}`;
  return (
    <>
      <div className="ui-button-row">
        {view.clockPaused ? (
          <button
            type="button"
            className="ui-button"
            disabled={action.busy}
            onClick={() => void action.run(`${base}/resume`, {}, t('workbench.done.resume'))}
          >
            {t('workbench.clock.resume')}
          </button>
        ) : (
          <button type="button" className="ui-button" disabled={action.busy} onClick={() => setDialog('pause')}>
            {t('workbench.clock.pause')}
          </button>
        )}
        <button
          type="button"
          className="ui-button"
          disabled={action.busy || Boolean(view.extension)}
          onClick={() => setDialog('extend')}
        >
          {t('workbench.clock.extend')}
        </button>
      </div>
      {dialog === null ? <ErrorNotice error={action.error} /> : null}
      <PauseDialog
        open={dialog === 'pause'}
        busy={action.busy}
        error={action.error}
        onClose={() => setDialog(null)}
        onSend={(body) => void action.run(`${base}/pause`, body, t('workbench.done.pause'))}
      />
      <ExtendDialog
        open={dialog === 'extend'}
        busy={action.busy}
        error={action.error}
        onClose={() => setDialog(null)}
        onSend={(body) => void action.run(`${base}/extend`, body, t('workbench.done.extend'))}
      />
    </>
  );
}
