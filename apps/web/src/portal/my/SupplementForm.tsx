import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { ApplicationView, Attachment, CatalogItem } from '../../shared-ui/apiTypes';
import { MaterialUpload } from '../../shared-ui/MaterialUpload';
import { ErrorNotice } from '../../shared-ui/Notice';

/** One upload per listed material and a single 提交补正 that answers the whole notice. */
export function SupplementForm({
  view,
  item,
  files,
  onDone,
}: {
  view: ApplicationView;
  item: CatalogItem | undefined;
  files: Attachment[];
  onDone(): void;
}) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<Attachment[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const all = [...files, ...uploaded];
  const ready = view.missingMaterials.filter(
    (code) => ticked.includes(code) || all.some((f) => f.materialCode === code),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready.length) {
      setError(new Error(t('portal.supplement.none')));
      return;
    }
    setBusy(true);
    try {
      await api(`/applications/${view.id}/supplement`, { body: { materials: ready.map((code) => ({ code })) } });
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="portal-supplement" onSubmit={submit} aria-labelledby="supplement-title">
      <h3 id="supplement-title">{t('portal.supplement.title')}</h3>
      <ul className="portal-supplement__list">
        {view.missingMaterials.map((code) => {
          const material = item?.materials.find((m) => m.code === code) ?? { code, name: code };
          const mine = all.filter((f) => f.materialCode === code);
          return (
            <li key={code}>
              <span className="portal-supplement__name">{material.name}</span>
              <MaterialUpload
                material={material}
                target={{ applicationId: view.id }}
                files={mine}
                onUploaded={(f) => setUploaded((c) => [...c, f])}
              />
              <label className="portal-check">
                <input
                  type="checkbox"
                  checked={ready.includes(code)}
                  onChange={(e) => setTicked((c) => (e.target.checked ? [...c, code] : c.filter((x) => x !== code)))}
                />
                <span className="ui-visually-hidden">{material.name}</span>
                {t('portal.supplement.byHand')}
              </label>
            </li>
          );
        })}
      </ul>
      <ErrorNotice error={error} />
      <button type="submit" className="ui-button ui-button--primary" disabled={busy}>
        {t('portal.supplement.submit')}
      </button>
    </form>
  );
}
