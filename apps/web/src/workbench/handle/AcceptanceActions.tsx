import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n/t';
import type { ApplicationView, CatalogItem } from '@tongban/api-contract';
import { useItemCommand } from './commands';
import { NotifyDialog } from './NotifyDialog';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';

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
  const base = `/applications/${view.id}`;
  const accept = useItemCommand(`${base}/accept`);
  const notify = useItemCommand<{ missing: string[]; note: string }>(`${base}/notify-missing`);
  const reject = useItemCommand<{ reason: string }>(`${base}/reject`);
  const busy = accept.pending || notify.pending || reject.pending;
  const missingRequired = item.materials.filter((m) => m.required && !supplied.includes(m.code));
  const finish = (message: string) => () => {
    setDialog(null);
    onDone(message);
  };

  return (
    <>
      <p className="wb-actionbar__hint">
        {missingRequired.length
          ? `${t('workbench.accept.missing')}${missingRequired.map((m) => m.name).join('、')}`
          : t('workbench.accept.complete')}
      </p>
      <Space wrap>
        <Button
          type="primary"
          loading={accept.pending}
          disabled={busy}
          onClick={() => void accept.run().then(finish(t('workbench.done.accept')), () => undefined)}
        >
          {t('workbench.accept.accept')}
        </Button>
        <Button disabled={busy || view.status !== 'submitted'} onClick={() => setDialog('notify')}>
          {t('workbench.accept.notify')}
        </Button>
        <Button danger disabled={busy} onClick={() => setDialog('reject')}>
          {t('workbench.accept.reject')}
        </Button>
      </Space>
      {accept.error ? <Alert type="error" showIcon message={accept.error.message} /> : null}
      <NotifyDialog
        open={dialog === 'notify'}
        view={view}
        item={item}
        supplied={supplied}
        busy={notify.pending}
        error={notify.error}
        onClose={() => setDialog(null)}
        onSend={(missing, note) =>
          void notify.run({ missing, note }).then(finish(t('workbench.done.notify')), () => undefined)
        }
      />
      <ReasonDialog
        danger
        open={dialog === 'reject'}
        title={t('workbench.accept.reject')}
        label={t('workbench.reason.reject')}
        confirm={t('workbench.accept.rejectConfirm')}
        busy={reject.pending}
        error={reject.error}
        onClose={() => setDialog(null)}
        onSend={(reason) => void reject.run({ reason }).then(finish(t('workbench.done.reject')), () => undefined)}
      />
    </>
  );
}
