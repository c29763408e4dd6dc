import { PastDueDate } from '../../shared-ui/PastDueDate';
import { t } from '../../i18n/t';
import type { Rating } from '../../shared-ui/apiTypes';

/** 差评投诉 and their rectification deadlines. */
export function ComplaintTable({ complaints }: { complaints: Rating[] }) {
  if (!complaints.length) return <p>{t('supervision.none')}</p>;
  return (
    <table className="ui-table ui-table--compact">
      <thead>
        <tr>
          <th scope="col">{t('supervision.col.receiptNo')}</th>
          <th scope="col">{t('supervision.col.item')}</th>
          <th scope="col">{t('workbench.complaints.score')}</th>
          <th scope="col">{t('workbench.complaints.content')}</th>
          <th scope="col">{t('supervision.ledger.owner')}</th>
          <th scope="col">{t('supervision.complaints.due')}</th>
          <th scope="col">{t('supervision.ledger.state')}</th>
        </tr>
      </thead>
      <tbody>
        {complaints.map((c) => (
          <tr key={c.id} data-testid={`complaint-${c.receiptNo}`}>
            <td className="sv-mono">{c.receiptNo}</td>
            <td>{c.itemName}</td>
            <td>{`${c.score} · ${c.label}`}</td>
            <td>{[c.tags.join('、'), c.comment].filter(Boolean).join('：') || '—'}</td>
            <td>{c.complaint?.owner ?? '—'}</td>
            <td>
              <PastDueDate date={c.complaint?.dueDate} pastDue={c.complaint?.red} />
            </td>
            <td>
              {c.complaint?.answered ? (
                <span className="ui-chip ui-chip--normal">✔ {t('workbench.complaints.answered')}</span>
              ) : (
                <span className="ui-chip ui-chip--warning">○ {t('workbench.complaints.open')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
