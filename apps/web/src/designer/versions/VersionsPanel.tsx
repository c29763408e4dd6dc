import { useEffect, useState } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { flowApi, type VersionSummary } from '../editor/flowApi';
import { tf, tk } from '../i18n/format';
import { CompareDialog } from './CompareDialog';
import { formatInstant } from './formatInstant';

interface Props {
  flowKey: string;
  /** Bumped after every save or publish, to reload the list. */
  revision: number;
  onRestore: (definition: FlowDefinition, version: number) => Promise<void>;
}

/** 版本历史: every version with status, author and time; compare two, or restore one as a new draft. */
export function VersionsPanel({ flowKey, revision, onRestore }: Props) {
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [comparing, setComparing] = useState(false);

  useEffect(() => {
    let alive = true;
    flowApi
      .versions(flowKey)
      .then((list) => {
        if (!alive) return;
        setVersions(list);
        setPair(list.length > 1 ? { from: list[1].version, to: list[0].version } : null);
      })
      .catch((caught: Error) => alive && setError(caught.message));
    return () => {
      alive = false;
    };
  }, [flowKey, revision]);

  const restore = async (version: number) => {
    const detail = await flowApi.version(flowKey, version);
    await onRestore(detail.definition, version);
  };
  const options = versions.map((v) => ({ value: v.version, label: tf('designer.version', { n: v.version }) }));

  return (
    <section className="props versions" aria-labelledby="versions-title">
      <h2 id="versions-title" className="props__title">
        {t('designer.versions.title')}
      </h2>
      {error && <p role="alert">{error}</p>}
      {versions.length === 0 && !error && <p>{t('designer.versions.empty')}</p>}
      {pair && (
        <div className="versions__compare">
          {(['from', 'to'] as const).map((side) => (
            <label key={side}>
              {t(side === 'from' ? 'designer.versions.compare.from' : 'designer.versions.compare.to')}
              <select value={pair[side]} onChange={(e) => setPair({ ...pair, [side]: Number(e.target.value) })}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="button" className="button" onClick={() => setComparing(true)}>
            {t('designer.versions.compare')}
          </button>
        </div>
      )}
      <ol className="versions__list">
        {versions.map((v) => (
          <li key={v.version} className="versions__item">
            <div>
              <strong>{tf('designer.version', { n: v.version })}</strong>{' '}
              <span className={`status-badge status-badge--${v.status}`}>{tk('designer.status.', v.status)}</span>
              {v.current && (
                <span className="status-badge status-badge--current">{t('designer.versions.current')}</span>
              )}
            </div>
            <small>
              {tf('designer.versions.by', { who: v.createdBy ?? '—', at: formatInstant(v.publishedAt ?? v.createdAt) })}
            </small>
            <button type="button" className="link-button" onClick={() => void restore(v.version)}>
              {t('designer.versions.restore')}
            </button>
          </li>
        ))}
      </ol>
      {comparing && pair && (
        <CompareDialog flowKey={flowKey} from={pair.from} to={pair.to} onClose={() => setComparing(false)} />
      )}
    </section>
  );
}
