import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import { Dialog } from '../../shared-ui/Dialog';
import { ErrorNotice } from '../../shared-ui/Notice';

/** 撤回: allowed while the item runs; the server decides (409 when the state no longer allows it). */
export function WithdrawPanel({ id, onDone }: { id: string; onDone(): void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api(`/applications/${id}/withdraw`, { body: reason.trim() ? { reason: reason.trim() } : {} });
      setOpen(false);
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="ui-button ui-button--danger" onClick={() => setOpen(true)}>
        {t('portal.withdraw.button')}
      </button>
      <Dialog open={open} title={t('portal.withdraw.title')} onClose={() => setOpen(false)}>
        <form onSubmit={submit}>
          <p>{t('portal.withdraw.warning')}</p>
          <label className="ui-field">
            <span>{t('portal.withdraw.reason')}</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <ErrorNotice error={error} />
          <div className="ui-button-row">
            <button type="submit" className="ui-button ui-button--danger ui-button--primary" disabled={busy}>
              {t('portal.withdraw.confirm')}
            </button>
            <button type="button" className="ui-button" onClick={() => setOpen(false)}>
              {t('ui.cancel')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
