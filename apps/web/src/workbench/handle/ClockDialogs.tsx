import { type FormEvent, useState } from 'react';
import { t } from '../../i18n/t';
import { Dialog } from '../../shared-ui/Dialog';
import { ErrorNotice } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';

/** §45 special procedures: their time is not counted and the applicant is told how long they take. */
export const SPECIAL_PROCEDURES = ['hearing', 'bidding', 'inspection', 'appraisal', 'expert-review'] as const;
const PAUSE_KINDS = [...SPECIAL_PROCEDURES, 'site-survey', 'other'] as const;

interface DialogProps<T> {
  open: boolean;
  busy: boolean;
  error: Error | null;
  onClose(): void;
  onSend(body: T): void;
}

/** 暂停计时 (§45): the kind, the reason and, for a special procedure, the expected working days. */
export function PauseDialog(props: DialogProps<{ kind: string; reason: string; expectedDays?: number }>) {
  const [kind, setKind] = useState<string>('expert-review');
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const special = (SPECIAL_PROCEDURES as readonly string[]).includes(kind);
  const send = (event: FormEvent) => {
    event.preventDefault();
    const expectedDays = Number(days);
    if (!reason.trim()) return setProblem(t('workbench.reason.required'));
    if (special && !(Number.isInteger(expectedDays) && expectedDays >= 1))
      return setProblem(t('workbench.clock.daysRequired'));
    setProblem(null);
    props.onSend({ kind, reason: reason.trim(), ...(days ? { expectedDays } : {}) });
  };
  return (
    <Dialog open={props.open} title={t('workbench.clock.pause')} onClose={props.onClose}>
      <form onSubmit={send} noValidate>
        <label className="ui-field">
          <span>{t('workbench.clock.kind')}</span>
          <select className="ui-input" value={kind} onChange={(e) => setKind(e.target.value)}>
            {PAUSE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`workbench.pauseKind.${k}` as 'workbench.pauseKind.hearing')}
              </option>
            ))}
          </select>
        </label>
        <label className="ui-field">
          <span>{t('workbench.clock.reason')}</span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required />
        </label>
        <label className="ui-field">
          <span>{t('workbench.clock.expectedDays')}</span>
          <input className="ui-input" type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
        {special ? <p className="ui-notice ui-notice--info">{t('workbench.clock.toldApplicant')}</p> : null}
        <ErrorNotice error={problem ? new Error(problem) : props.error} />
        <div className="ui-button-row">
          <button type="submit" className="ui-button ui-button--primary" disabled={props.busy}>
            {t('workbench.clock.pause')}
          </button>
          <button type="button" className="ui-button" onClick={props.onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** 延期 (§42): days, reason and the approving head (负责人), picked from the directory. */
export function ExtendDialog(props: DialogProps<{ days: number; reason: string; approver: string }>) {
  const heads = useApi<{ username: string; name: string; department: string | null }[]>('/users?role=head');
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const [approver, setApprover] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    if (!(Number.isInteger(n) && n >= 1)) return setProblem(t('workbench.clock.daysRequired'));
    if (!reason.trim()) return setProblem(t('workbench.reason.required'));
    if (!approver) return setProblem(t('workbench.clock.approverRequired'));
    setProblem(null);
    props.onSend({ days: n, reason: reason.trim(), approver });
  };
  return (
    <Dialog open={props.open} title={t('workbench.clock.extend')} onClose={props.onClose}>
      <form onSubmit={send} noValidate>
        <label className="ui-field">
          <span>{t('workbench.clock.extendDays')}</span>
          <input className="ui-input" type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
        <label className="ui-field">
          <span>{t('workbench.clock.reason')}</span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required />
        </label>
        <label className="ui-field">
          <span>{t('workbench.clock.approver')}</span>
          <select className="ui-input" value={approver} onChange={(e) => setApprover(e.target.value)}>
            <option value="">—</option>
            {(heads.data ?? []).map((head) => (
              <option key={head.username} value={head.username}>
                {`${head.name}（${head.username}）`}
              </option>
            ))}
          </select>
        </label>
        <ErrorNotice error={problem ? new Error(problem) : props.error} />
        <div className="ui-button-row">
          <button type="submit" className="ui-button ui-button--primary" disabled={props.busy}>
            {t('workbench.clock.extend')}
          </button>
          <button type="button" className="ui-button" onClick={props.onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
