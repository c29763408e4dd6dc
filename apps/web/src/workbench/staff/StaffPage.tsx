import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import { formatDateTime, tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';
import { useDepartmentNames } from '../../shared-ui/useNames';

interface Pair {
  a: string;
  aName: string;
  b: string;
  bName: string;
  department: string | null;
}

interface Absence {
  id: string;
  username: string;
  from: string;
  to: string;
}

/** `2026-10-12T09:00` typed in the center's time → an instant (Shanghai has no daylight saving). */
const asShanghai = (local: string) => `${local}:00+08:00`;

function PairRow({ pair, departmentName }: { pair: Pair; departmentName(code: string | null): string }) {
  const absences = useApi<Absence[]>(`/staff/${pair.a}/absence`);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const record = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (!from || !to) return setError(new Error(t('workbench.staff.needDates')));
    try {
      await api(`/staff/${pair.a}/absence`, { body: { from: asShanghai(from), to: asShanghai(to) } });
      setError(null);
      setSaved(tf('workbench.staff.saved', { a: pair.aName, b: pair.bName }));
      await absences.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
    }
  };
  const remove = async (absence: Absence) => {
    await api(`/staff/absence/${absence.id}`, { method: 'DELETE' }).catch((caught: unknown) =>
      setError(caught as Error),
    );
    await absences.reload();
  };

  return (
    <section className="ui-card" aria-label={`${pair.aName} / ${pair.bName}`}>
      <h2>{`${departmentName(pair.department)}：A 岗 ${pair.aName}（${pair.a}）· B 岗 ${pair.bName}（${pair.b}）`}</h2>
      <ul className="wb-absences">
        {(absences.data ?? []).map((absence) => (
          <li key={absence.id}>
            {`${formatDateTime(absence.from)} — ${formatDateTime(absence.to)}`}
            <button type="button" className="ui-button ui-button--ghost" onClick={() => void remove(absence)}>
              {t('workbench.staff.remove')}
            </button>
          </li>
        ))}
        {absences.data?.length === 0 ? <li className="ui-muted">{t('workbench.staff.noAbsence')}</li> : null}
      </ul>
      <form className="wb-absence-form" onSubmit={record}>
        <label className="ui-field">
          <span>{t('workbench.staff.from')}</span>
          <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="ui-field">
          <span>{t('workbench.staff.to')}</span>
          <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" className="ui-button ui-button--primary">
          {tf('workbench.staff.record', { name: pair.aName })}
        </button>
      </form>
      {saved ? <SuccessNotice>{saved}</SuccessNotice> : null}
      <ErrorNotice error={error} />
    </section>
  );
}

/** AB岗: while A is absent, A's tasks go to B, who acts with A's authority (shown as 代…办理). */
export function StaffPage() {
  const pairs = useApi<Pair[]>('/staff/pairs');
  const departmentName = useDepartmentNames();
  return (
    <>
      <h1>{t('workbench.staff.title')}</h1>
      <p className="ui-muted">{t('workbench.staff.intro')}</p>
      <ErrorNotice error={pairs.error} />
      {(pairs.data ?? []).map((pair) => (
        <PairRow key={pair.a} pair={pair} departmentName={departmentName} />
      ))}
    </>
  );
}
