import { type ReactNode, useEffect, useRef } from 'react';
import { t } from '../i18n/t';

/**
 * A modal on the native <dialog>: the browser traps focus, Esc closes it and focus returns to the opener,
 * so it stays usable by keyboard without a library.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="ui-dialog" aria-label={title} onClose={onClose} onCancel={onClose}>
      <header className="ui-dialog__header">
        <h2>{title}</h2>
        <button type="button" className="ui-button ui-button--ghost" onClick={onClose} aria-label={t('ui.close')}>
          ✕
        </button>
      </header>
      {open ? children : null}
    </dialog>
  );
}
