import { type FormEvent, useState } from 'react';
import { t } from '../i18n/t';
import { Dialog } from './Dialog';
import { ErrorNotice } from './Notice';

/** A decision that must give its reason (不予受理, 不同意): the dialog will not send an empty one. */
export function ReasonDialog(props: {
  open: boolean;
  title: string;
  label: string;
  confirm: string;
  busy: boolean;
  error: Error | null;
  onClose(): void;
  onSend(reason: string): void;
}) {
  const { open, title, label, confirm, busy, error, onClose, onSend } = props;
  const [reason, setReason] = useState('');
  const [empty, setEmpty] = useState(false);
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setEmpty(true);
    setEmpty(false);
    onSend(reason.trim());
  };
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <form onSubmit={send} noValidate>
        <label className="ui-field">
          <span>
            {label}
            <span className="ui-required" aria-hidden="true">
              *
            </span>
          </span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required aria-required="true" />
        </label>
        <ErrorNotice error={empty ? new Error(t('workbench.reason.required')) : error} />
        <div className="ui-button-row">
          <button type="submit" className="ui-button ui-button--danger ui-button--primary" disabled={busy}>
            {confirm}
          </button>
          <button type="button" className="ui-button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
