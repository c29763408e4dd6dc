import { Alert, Button, Spin } from 'antd';
import { t } from '../../i18n/t';

/** Loading state of a portal section: a spinner announced to screen readers. */
export function Loading() {
  return (
    <div className="portal-loading" role="status" aria-live="polite">
      <Spin />
      <span>{t('common.loading')}</span>
    </div>
  );
}

/** A failed read or command in the server's Chinese words (ApiError), with a retry where one helps. */
export function ErrorAlert({ error, retry }: { error: Error | null | undefined; retry?: () => void }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="portal-alert"
      title={error.message || t('ui.error.generic')}
      action={
        retry ? (
          <Button size="small" onClick={retry}>
            {t('portal.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
