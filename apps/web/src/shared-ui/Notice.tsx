import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { t } from '../i18n/t';

/** An API error in plain words, announced to screen readers. */
export function ErrorNotice({ error }: { error: ApiError | Error | null | undefined }) {
  if (!error) return null;
  return (
    <p className="ui-notice ui-notice--error" role="alert">
      <span aria-hidden="true">✖ </span>
      {error.message || t('ui.error.generic')}
    </p>
  );
}

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <p className="ui-notice ui-notice--success" role="status">
      <span aria-hidden="true">✔ </span>
      {children}
    </p>
  );
}

export function Loading() {
  return (
    <p className="ui-loading" role="status">
      {t('common.loading')}
    </p>
  );
}
