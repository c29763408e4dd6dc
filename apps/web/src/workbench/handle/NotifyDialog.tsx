import { type FormEvent, useState } from 'react';
import { t } from '../../i18n/t';
import type { CatalogItem } from '../../shared-ui/apiTypes';
import { Dialog } from '../../shared-ui/Dialog';
import { ErrorNotice } from '../../shared-ui/Notice';

/**
 * 一次性告知: the guide's material list, pre-ticked where a required one is missing; every ticked item
 * needs a reason, because the notice must say what is wrong all at once (a second notice is refused).
 */
export function NotifyDialog(props: {
  open: boolean;
  item: CatalogItem;
  supplied: string[];
  busy: boolean;
  error: Error | null;
  onClose(): void;
  onSend(missing: string[], note: string): void;
}) {
  const { open, item, supplied, busy, error, onClose, onSend } = props;
  const [checked, setChecked] = useState<string[]>(() =>
    item.materials.filter((m) => m.required && !supplied.includes(m.code)).map((m) => m.code),
  );
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!checked.length) return setProblem(t('workbench.notify.needOne'));
    const lines = checked.map((code) => {
      const name = item.materials.find((m) => m.code === code)?.name ?? code;
      return `${name}${reasons[code]?.trim() ? `（${reasons[code].trim()}）` : `（${t('workbench.notify.defaultReason')}）`}`;
    });
    setProblem(null);
    onSend(checked, [lines.join('；'), note.trim()].filter(Boolean).join('。'));
  };

  return (
    <Dialog open={open} title={t('workbench.notify.title')} onClose={onClose}>
      <form onSubmit={send}>
        <p className="ui-notice ui-notice--info">{t('workbench.notify.rule')}</p>
        <fieldset className="wb-checklist">
          <legend>{t('workbench.notify.list')}</legend>
          {item.materials.map((material) => {
            const on = checked.includes(material.code);
            return (
              <div key={material.code} className="wb-checklist__row">
                <label className="wb-check">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) =>
                      setChecked((c) =>
                        e.target.checked ? [...c, material.code] : c.filter((x) => x !== material.code),
                      )
                    }
                  />
                  {`${material.code} ${material.name}`}
                  <span className="ui-muted">
                    {supplied.includes(material.code)
                      ? t('workbench.material.handed')
                      : t('workbench.material.missing')}
                  </span>
                </label>
                {on ? (
                  <input
                    className="ui-input"
                    aria-label={`${t('workbench.notify.reason')}：${material.name}`}
                    placeholder={t('workbench.notify.reasonHint')}
                    value={reasons[material.code] ?? ''}
                    onChange={(e) => setReasons((r) => ({ ...r, [material.code]: e.target.value }))}
                  />
                ) : null}
              </div>
            );
          })}
        </fieldset>
        <label className="ui-field">
          <span>{t('workbench.notify.note')}</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <ErrorNotice error={problem ? new Error(problem) : error} />
        <div className="ui-button-row">
          <button type="submit" className="ui-button ui-button--primary" disabled={busy}>
            {t('workbench.notify.send')}
          </button>
          <button type="button" className="ui-button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
