import { PastDueDate } from '../../shared-ui/PastDueDate';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import type { Rating } from '../../shared-ui/apiTypes';
import { formatDateTime } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';
import { useAction } from '../handle/useAction';
import { ComplaintDaysSetting } from './ComplaintDaysSetting';
import { ReasonDialog } from '../../shared-ui/ReasonDialog';

/** 差评整改: complaints of the center with their answer deadline; an answer closes the ledger row. */
export function ComplaintsPage() {
  const { user } = useSession();
  const complaints = useApi<Rating[]>('/complaints');
  const [answering, setAnswering] = useState<Rating | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const action = useAction((text) => {
    setAnswering(null);
    setMessage(text);
    void complaints.reload();
  });
  const mayAnswer = Boolean(user?.roles.some((role) => role === 'officer' || role === 'admin'));

  return (
    <>
      <h1>{t('workbench.complaints.title')}</h1>
      <p className="ui-muted">{t('workbench.complaints.intro')}</p>
      <ComplaintDaysSetting editable={Boolean(user?.roles.includes('admin'))} />
      {message ? <SuccessNotice>{message}</SuccessNotice> : null}
      <ErrorNotice error={complaints.error} />
      {complaints.data?.length === 0 ? <p>{t('workbench.complaints.none')}</p> : null}
      {complaints.data?.length ? (
        <table className="ui-table">
          <thead>
            <tr>
              <th scope="col">{t('workbench.col.receiptNo')}</th>
              <th scope="col">{t('workbench.col.item')}</th>
              <th scope="col">{t('workbench.complaints.score')}</th>
              <th scope="col">{t('workbench.complaints.content')}</th>
              <th scope="col">{t('workbench.complaints.due')}</th>
              <th scope="col">{t('workbench.complaints.state')}</th>
              <th scope="col">{t('workbench.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {complaints.data.map((c) => (
              <tr key={c.id}>
                <td className="wb-mono">{c.receiptNo}</td>
                <td>{c.itemName}</td>
                <td>{`${c.score} · ${c.label}`}</td>
                <td>{[c.tags.join('、'), c.comment].filter(Boolean).join('：') || '—'}</td>
                <td>
                  <PastDueDate date={c.complaint?.dueDate} pastDue={c.complaint?.red} />
                </td>
                <td>
                  {c.complaint?.answered ? (
                    <span>{`${t('workbench.complaints.answered')}（${formatDateTime(c.complaint.answeredAt)}）：${c.complaint.answer}`}</span>
                  ) : (
                    <span className="ui-chip ui-chip--warning">{t('workbench.complaints.open')}</span>
                  )}
                </td>
                <td>
                  {!c.complaint?.answered && mayAnswer ? (
                    <button
                      type="button"
                      className="ui-button ui-button--primary"
                      onClick={() => setAnswering(c)}
                      aria-label={`${t('workbench.complaints.answer')}：${c.receiptNo}`}
                    >
                      {t('workbench.complaints.answer')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ReasonDialog
        key={answering?.id ?? 'none'}
        open={answering !== null}
        title={t('workbench.complaints.answer')}
        label={t('workbench.complaints.answerLabel')}
        confirm={t('workbench.complaints.send')}
        busy={action.busy}
        error={action.error}
        onClose={() => setAnswering(null)}
        onSend={(note) =>
          answering && void action.run(`/complaints/${answering.id}/answer`, { note }, t('workbench.complaints.done'))
        }
      />
    </>
  );
}
