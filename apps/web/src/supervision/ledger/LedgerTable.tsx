import { PastDueDate } from '../../shared-ui/PastDueDate';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { StatusChip } from '../../shared-ui/StatusChip';
import { kindLook } from '../ledgerKinds';
import type { LedgerEntry } from '../types';

/** 问责台账: each row with owner and deadline; closed rows stay, with who closed them and why. */
export function LedgerTable({
  rows,
  departmentName,
  onClose,
}: {
  rows: LedgerEntry[];
  departmentName(code: string | null): string;
  onClose(row: LedgerEntry): void;
}) {
  if (!rows.length) return <p role="status">{t('supervision.none')}</p>;
  return (
    <div className="ui-table-wrap">
      <table className="ui-table ui-table--compact sv-ledger">
        <thead>
          <tr>
            <th scope="col">{t('supervision.ledger.at')}</th>
            <th scope="col">{t('supervision.ledger.kind')}</th>
            <th scope="col">{t('supervision.ledger.department')}</th>
            <th scope="col">{t('supervision.ledger.owner')}</th>
            <th scope="col">{t('supervision.col.receiptNo')}</th>
            <th scope="col">{t('supervision.ledger.note')}</th>
            <th scope="col">{t('supervision.ledger.due')}</th>
            <th scope="col">{t('supervision.ledger.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.closedAt ? 'sv-closed' : ''} data-testid={`ledger-${row.kind}`}>
              <td>{formatDateTime(row.at)}</td>
              <td>
                <StatusChip look={kindLook(row.kind)} />
              </td>
              <td>{departmentName(row.department)}</td>
              <td>{row.owner ?? '—'}</td>
              <td className="sv-mono">{row.receiptNo ?? '—'}</td>
              <td>{row.note}</td>
              <td>
                <PastDueDate date={row.dueDate} pastDue={row.overdue} />
              </td>
              <td>
                {row.closedAt ? (
                  <span>
                    <span className="ui-chip ui-chip--neutral">✔ {t('supervision.ledger.closed')}</span>
                    <span className="sv-close-note">{`${row.closedBy ?? ''} ${formatDateTime(row.closedAt)}：${row.closeNote ?? ''}`}</span>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="ui-button"
                    onClick={() => onClose(row)}
                    aria-label={`${t('supervision.ledger.close')}：${row.receiptNo ?? ''} ${t(kindLook(row.kind).label)}`}
                  >
                    {t('supervision.ledger.close')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
