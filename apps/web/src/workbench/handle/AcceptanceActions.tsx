import { useState } from 'react';
import { t } from '../../i18n/t';
import type { ApplicationView, CatalogItem } from '../../shared-ui/apiTypes';
import { ErrorNotice } from '../../shared-ui/Notice';
import { NotifyDialog } from './NotifyDialog';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';
import { useAction } from './useAction';

/** The window's three answers at acceptance: 受理, 一次性告知 (with the checklist), 不予受理 (with a reason). */
export function AcceptanceActions({
  view,
  item,
  supplied,
  onDone,
}: {
  view: ApplicationView;
  item: CatalogItem;
  supplied: string[];
  onDone(message: string): void;
}) {
  const [dialog, setDialog] = useState<'notify' | 'reject' | null>(null);
  const action = useAction((message) => {
    setDialog(null);
    onDone(message);
  });
  const base = `/applications/${view.id}`;
  const missingRequired = item.materials.filter((m) => m.required && !supplied.includes(m.code));

  return (
    <>
      {missingRequired.length ? (
        <p className="wb-actionbar__hint">{`${t('workbench.accept.missing')}${missingRequired.map((m) => m.name).join('、')}`}</p>
      ) : (
        <p className="wb-actionbar__hint">{t('workbench.accept.complete')}</p>
      )}
      <div className="ui-button-row">
        <button
          type="button"
          className="ui-button ui-button--primary"
          disabled={action.busy}
          onClick={() => void action.run(`${base}/accept`, {}, t('workbench.done.accept'))}
        >
          {t('workbench.accept.accept')}
        </button>
        <button
          type="button"
          className="ui-button"
          disabled={action.busy || view.status !== 'submitted'}
          onClick={() => setDialog('notify')}
        >
          {t('workbench.accept.notify')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--danger"
          disabled={action.busy}
          onClick={() => setDialog('reject')}
        >
          {t('workbench.accept.reject')}
        </button>
      </div>
      {dialog === null ? <ErrorNotice error={action.error} /> : null}
      <NotifyDialog
        open={dialog === 'notify'}
        item={item}
        supplied={supplied}
        busy={action.busy}
        error={action.error}
        onClose={() => setDialog(null)}
        onSend={(missing, note) =>
          void action.run(`${base}/notify-missing`, { missing, note }, t('workbench.done.notify'))
        }
      />
      <ReasonDialog
        open={dialog === 'reject'}
        title={t('workbench.accept.reject')}
        label={t('workbench.reason.reject')}
        confirm={t('workbench.accept.rejectConfirm')}
        busy={action.busy}
        error={action.error}
        onClose={() => setDialog(null)}
        onSend={(reason) => void action.run(`${base}/reject`, { reason }, t('workbench.done.reject'))}
      />
    </>
  );
}
