import { useState } from 'react';
import { ApiError, getToken } from '../../api/client';
import { t } from '../../i18n/t';
import type { Certificate } from '../../shared-ui/apiTypes';
import { downloadFromApi } from '../../shared-ui/download';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';

/** 统一出证: the numbered result document, to download or print. */
export function ResultPanel({ id }: { id: string }) {
  const certificate = useApi<Certificate>(`/applications/${id}/certificate`);
  const [error, setError] = useState<Error | null>(null);
  if (certificate.error) return <ErrorNotice error={certificate.error} />;
  if (!certificate.data) return <Loading />;
  const c = certificate.data;

  const download = () =>
    downloadFromApi(`/applications/${id}/certificate/html?download=1`, `${c.itemName}-${c.receiptNo}.html`).catch(
      (caught: unknown) => setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic'))),
    );
  const print = async () => {
    // Same document, opened for the browser's print dialog; the token cannot ride on a plain link.
    const response = await fetch(`/api/applications/${id}/certificate/html`, {
      headers: { authorization: `Bearer ${getToken()}` },
    });
    const url = URL.createObjectURL(await response.blob());
    window.open(url, '_blank', 'noopener');
  };

  return (
    <section className="ui-card portal-result" aria-labelledby="result-title">
      <h2 id="result-title">{t('portal.result.title')}</h2>
      <dl className="ui-dl">
        <dt>{t('portal.result.name')}</dt>
        <dd>{t(c.decision === 'approved' ? 'portal.result.approved' : 'portal.result.rejected')}</dd>
        <dt>{t('portal.result.number')}</dt>
        <dd data-testid="certificate-number">{c.number}</dd>
        <dt>{t('portal.result.date')}</dt>
        <dd>{c.decidedOn}</dd>
        <dt>{t('portal.result.issuer')}</dt>
        <dd>{c.centerName}</dd>
        {c.reason ? (
          <>
            <dt>{t('portal.result.reason')}</dt>
            <dd>{c.reason}</dd>
          </>
        ) : null}
      </dl>
      <div className="ui-button-row">
        <button type="button" className="ui-button ui-button--primary" onClick={download}>
          {t('portal.result.download')}
        </button>
        <button type="button" className="ui-button" onClick={() => void print()}>
          {t('portal.result.print')}
        </button>
      </div>
      <p className="ui-muted">{t('portal.result.pickup')}</p>
      <ErrorNotice error={error} />
    </section>
  );
}
