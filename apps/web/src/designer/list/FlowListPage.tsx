import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { t } from '../../i18n/t';
import { flowApi, type FlowSummary } from '../editor/flowApi';
import { tf, tk } from '../i18n/format';
import { formatInstant } from '../versions/formatInstant';

/** Every flow with its latest version, status and the version new applications use. */
export function FlowListPage() {
  const [flows, setFlows] = useState<FlowSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    flowApi
      .list()
      .then(setFlows)
      .catch((caught: Error) => setError(caught.message));
  }, []);
  return (
    <main className="page flow-list">
      <nav className="flow-list__nav">
        <Link to="/">{`← ${t('designer.list.home')}`}</Link>
      </nav>
      <header className="flow-list__head">
        <h1>{t('designer.list.heading')}</h1>
        <Link to="/designer/new" className="button button--primary">{`＋ ${t('designer.list.new')}`}</Link>
      </header>
      {error && <p role="alert">{error}</p>}
      {!flows && !error && <p role="status">{t('common.loading')}</p>}
      {flows?.length === 0 && <p>{t('designer.list.empty')}</p>}
      {flows && flows.length > 0 && (
        <table className="flow-list__table">
          <thead>
            <tr>
              <th scope="col">{t('designer.list.name')}</th>
              <th scope="col">{t('designer.list.key')}</th>
              <th scope="col">{t('designer.list.latest')}</th>
              <th scope="col">{t('designer.list.status')}</th>
              <th scope="col">{t('designer.list.published')}</th>
              <th scope="col">{t('designer.list.updated')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {flows.map((flow) => (
              <tr key={flow.key}>
                <th scope="row">{flow.name}</th>
                <td>
                  <code>{flow.key}</code>
                </td>
                <td>{tf('designer.version', { n: flow.latestVersion })}</td>
                <td>
                  <span className={`status-badge status-badge--${flow.status}`}>
                    {tk('designer.status.', flow.status)}
                  </span>
                </td>
                <td>{flow.publishedVersion ? tf('designer.version', { n: flow.publishedVersion }) : '—'}</td>
                <td>{formatInstant(flow.updatedAt)}</td>
                <td>
                  <Link to={`/designer/${encodeURIComponent(flow.key)}`}>{t('designer.list.open')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
