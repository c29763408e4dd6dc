import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n/t';
import type { ApplicationView } from '@tongban/api-contract';
import { ExtendDialog, PauseDialog } from './ClockDialogs';
import { useItemCommand } from './commands';

/** The window's clock commands on an accepted item: 暂停计时 / 恢复计时 (§45) and 延期 (§42, once). */
export function ClockActions({ view, onDone }: { view: ApplicationView; onDone(message: string): void }) {
  const [dialog, setDialog] = useState<'pause' | 'extend' | null>(null);
  const base = `/applications/${view.id}`;
  const pause = useItemCommand<{ kind: string; reason: string; expectedDays?: number }>(`${base}/pause`);
  const resume = useItemCommand(`${base}/resume`);
  const extend = useItemCommand<{ days: number; reason: string; approver: string }>(`${base}/extend`);
  const busy = pause.pending || resume.pending || extend.pending;
  const finish = (message: string) => () => {
    setDialog(null);
    onDone(message);
  };
  return (
    <>
      <Space wrap>
        {view.clockPaused ? (
          <Button
            disabled={busy}
            onClick={() => void resume.run().then(finish(t('workbench.done.resume')), () => undefined)}
          >
            {t('workbench.clock.resume')}
          </Button>
        ) : (
          <Button disabled={busy} onClick={() => setDialog('pause')}>
            {t('workbench.clock.pause')}
          </Button>
        )}
        <Button disabled={busy || Boolean(view.extension)} onClick={() => setDialog('extend')}>
          {t('workbench.clock.extend')}
        </Button>
      </Space>
      {resume.error ? <Alert type="error" showIcon message={resume.error.message} /> : null}
      <PauseDialog
        open={dialog === 'pause'}
        busy={pause.pending}
        error={pause.error}
        onClose={() => setDialog(null)}
        onSend={(body) => void pause.run(body).then(finish(t('workbench.done.pause')), () => undefined)}
      />
      <ExtendDialog
        open={dialog === 'extend'}
        busy={extend.pending}
        error={extend.error}
        onClose={() => setDialog(null)}
        onSend={(body) => void extend.run(body).then(finish(t('workbench.done.extend')), () => undefined)}
      />
    </>
  );
}
