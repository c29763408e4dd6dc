import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';

interface Setting {
  complaintDays: number;
  source: 'center' | 'env' | 'default';
}

/** The center's answer limit for complaints (5, 7 or 15 working days by locality); admins may change it. */
export function ComplaintDaysSetting({ editable }: { editable: boolean }) {
  const setting = useApi<Setting>('/ratings/settings');
  const [days, setDays] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDays(String(setting.data?.complaintDays ?? '')), [setting.data]);
  if (!setting.data) return null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await api('/ratings/settings', { method: 'PUT', body: { complaintDays: Number(days) } });
      setError(null);
      setSaved(true);
      await setting.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
    }
  };

  return (
    <form className="wb-setting" onSubmit={save}>
      <span>{tf('workbench.complaints.limit', { days: setting.data.complaintDays })}</span>
      <span className="ui-muted">{t(`workbench.complaints.source.${setting.data.source}`)}</span>
      {editable ? (
        <>
          <label>
            {t('workbench.complaints.limitLabel')}
            <input
              className="ui-input"
              type="number"
              min={1}
              max={60}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          </label>
          <button type="submit" className="ui-button">
            {t('workbench.complaints.limitSave')}
          </button>
        </>
      ) : null}
      {saved ? <SuccessNotice>{t('workbench.complaints.limitSaved')}</SuccessNotice> : null}
      <ErrorNotice error={error} />
    </form>
  );
}
