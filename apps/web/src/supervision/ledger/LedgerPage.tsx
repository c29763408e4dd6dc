import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { Rating } from '../../shared-ui/apiTypes';
import { downloadFromApi } from '../../shared-ui/download';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';
import { useApi } from '../../shared-ui/useApi';
import { useDepartmentNames } from '../../shared-ui/useNames';
import { kindLook } from '../ledgerKinds';
import type { LedgerEntry } from '../types';
import { ComplaintTable } from './ComplaintTable';
import { LedgerTable } from './LedgerTable';

type Filter = 'all' | 'open' | 'closed';

/** 问责台账 and 差评投诉, with 销号 (a note is required) and the CSV exports. */
export function LedgerPage() {
  const ledger = useApi<LedgerEntry[]>('/supervision/ledger');
  const complaints = useApi<Rating[]>('/complaints');
  const departmentName = useDepartmentNames();
  const [filter, setFilter] = useState<Filter>('all');
  const [kind, setKind] = useState('');
  const [closing, setClosing] = useState<LedgerEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const rows = (ledger.data ?? []).filter(
    (row) => (filter === 'all' || (filter === 'open') === !row.closedAt) && (!kind || row.kind === kind),
  );
  const kinds = [...new Set((ledger.data ?? []).map((row) => row.kind))];
  const fail = (caught: unknown) => setError(caught instanceof ApiError ? caught : new Error(String(caught)));

  const close = async (note: string) => {
    if (!closing) return;
    setBusy(true);
    try {
      await api(`/supervision/ledger/${closing.id}/close`, { body: { note } });
      setClosing(null);
      setError(null);
      setMessage(t('supervision.ledger.closedOk'));
      await Promise.all([ledger.reload(), complaints.reload()]);
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <header className="sv-head">
        <h1>{t('supervision.ledger.title')}</h1>
        <div className="ui-button-row">
          <button
            type="button"
            className="ui-button"
            onClick={() => void downloadFromApi('/exports/ledger.csv', '问责台账.csv').catch(fail)}
          >
            {t('supervision.export.ledger')}
          </button>
          <button
            type="button"
            className="ui-button"
            onClick={() => void downloadFromApi('/exports/statistics.csv', '办结统计.csv').catch(fail)}
          >
            {t('supervision.export.figures')}
          </button>
        </div>
      </header>
      {message ? <SuccessNotice>{message}</SuccessNotice> : null}
      <ErrorNotice error={closing ? null : (error ?? ledger.error)} />
      <section className="ui-card" aria-labelledby="ledger-title">
        <div className="sv-filters">
          <h2 id="ledger-title">{`${t('supervision.ledger.rows')}（${rows.length}）`}</h2>
          <label>
            {t('supervision.ledger.filterState')}
            <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
              <option value="all">{t('supervision.ledger.all')}</option>
              <option value="open">{t('supervision.ledger.open')}</option>
              <option value="closed">{t('supervision.ledger.closed')}</option>
            </select>
          </label>
          <label>
            {t('supervision.ledger.kind')}
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">{t('supervision.ledger.all')}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(kindLook(k).label)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <LedgerTable rows={rows} departmentName={departmentName} onClose={setClosing} />
      </section>
      <section className="ui-card" aria-labelledby="complaints-title">
        <h2 id="complaints-title">{t('supervision.complaints.title')}</h2>
        <ComplaintTable complaints={complaints.data ?? []} />
      </section>
      <ReasonDialog
        key={closing?.id ?? 'none'}
        open={closing !== null}
        title={t('supervision.ledger.close')}
        label={t('supervision.ledger.closeNote')}
        confirm={t('supervision.ledger.closeConfirm')}
        busy={busy}
        error={closing ? error : null}
        onClose={() => setClosing(null)}
        onSend={(note) => void close(note)}
      />
    </>
  );
}
