import { t } from '../../i18n/t';
import type { CatalogItem, Procedure } from '../../shared-ui/apiTypes';
import { FlowDiagram } from '../../shared-ui/FlowDiagram';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { Link } from 'react-router';
import { useApi } from '../../shared-ui/useApi';
import { itemKind, promisedText, statutoryText } from './itemFacts';
import { StageTable } from './StageTable';

const SECTIONS = ['materials', 'procedure', 'limits', 'fees', 'basis', 'window', 'supervision'] as const;

/** 办事指南: the 八公开 of one item — materials, procedure, limits, fees, legal basis, window — without login. */
export function GuidePage({ code }: { code: string }) {
  const item = useApi<CatalogItem>(`/catalog/${encodeURIComponent(code)}`);
  const procedure = useApi<Procedure>(`/catalog/${encodeURIComponent(code)}/flow`);
  if (item.error) return <ErrorNotice error={item.error} />;
  if (!item.data) return <Loading />;
  const it = item.data;

  return (
    <article className="portal-guide">
      <header className="ui-card portal-guide__header">
        <p className="ui-muted">{t('portal.guide.kicker')}</p>
        <h1>{it.name}</h1>
        <dl className="ui-dl portal-guide__facts">
          <dt>{t('portal.item.code')}</dt>
          <dd>{it.code}</dd>
          <dt>{t('portal.item.kind')}</dt>
          <dd>{itemKind(it)}</dd>
          <dt>{t('portal.item.department')}</dt>
          <dd>{it.department}</dd>
          <dt>{t('portal.item.window')}</dt>
          <dd>{it.windowAuthority}</dd>
          <dt>{t('portal.item.promised')}</dt>
          <dd>{promisedText(it)}</dd>
          <dt>{t('portal.item.statutory')}</dt>
          <dd>{statutoryText(it)}</dd>
          <dt>{t('portal.item.fees')}</dt>
          <dd>{it.fees}</dd>
        </dl>
        <div className="ui-button-row ui-no-print">
          <Link to={`/portal/items/${it.code}/apply`} className="ui-button ui-button--primary">
            {t('portal.catalog.apply')}
          </Link>
          <Link to={`/portal/appointments?item=${it.code}`} className="ui-button">
            {t('portal.catalog.book')}
          </Link>
          <button type="button" className="ui-button" onClick={() => window.print()}>
            {t('portal.guide.print')}
          </button>
        </div>
      </header>

      <nav className="portal-guide__toc ui-no-print" aria-label={t('portal.guide.toc')}>
        {SECTIONS.map((section, index) => (
          <a key={section} href={`#guide-${section}`}>
            {`${index + 1}. ${t(`portal.guide.${section}`)}`}
          </a>
        ))}
      </nav>

      <section id="guide-materials" className="ui-card">
        <h2>{`1. ${t('portal.guide.materials')}`}</h2>
        <table className="ui-table">
          <thead>
            <tr>
              <th scope="col">{t('portal.material.code')}</th>
              <th scope="col">{t('portal.material.name')}</th>
              <th scope="col">{t('portal.material.required')}</th>
              <th scope="col">{t('portal.material.form')}</th>
            </tr>
          </thead>
          <tbody>
            {it.materials.map((material) => (
              <tr key={material.code}>
                <td>{material.code}</td>
                <td>{material.name}</td>
                <td>{t(material.required ? 'portal.material.must' : 'portal.material.situational')}</td>
                <td>{t('portal.material.electronic')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section id="guide-procedure" className="ui-card">
        <h2>{`2. ${t('portal.guide.procedure')}`}</h2>
        <ErrorNotice error={procedure.error} />
        {procedure.data ? (
          <>
            <FlowDiagram
              definition={procedure.data.definition}
              activeNodeIds={[]}
              departmentNames={procedure.data.departmentNames}
            />
            <StageTable definition={procedure.data.definition} />
          </>
        ) : null}
      </section>

      <section id="guide-limits" className="ui-card">
        <h2>{`3. ${t('portal.guide.limits')}`}</h2>
        <p>
          {it.promisedDays === 0
            ? t('portal.guide.limitInstant')
            : `${t('portal.guide.limitFrom')}${promisedText(it)}${t('portal.guide.limitEnd')}`}
          {`${t('portal.guide.statutoryPrefix')}${statutoryText(it)}${t('portal.guide.statutorySuffix')}`}
        </p>
        <p className="ui-muted">{t('portal.guide.limitNote')}</p>
      </section>

      <section id="guide-fees" className="ui-card">
        <h2>{`4. ${t('portal.guide.fees')}`}</h2>
        <p>{it.fees}</p>
      </section>

      <section id="guide-basis" className="ui-card">
        <h2>{`5. ${t('portal.guide.basis')}`}</h2>
        <p>{it.legalBasis}</p>
      </section>

      <section id="guide-window" className="ui-card">
        <h2>{`6. ${t('portal.guide.window')}`}</h2>
        <p>{it.windowAuthority}</p>
        <p className="ui-muted">{t('portal.guide.hours')}</p>
      </section>

      <section id="guide-supervision" className="ui-card">
        <h2>{`7. ${t('portal.guide.supervision')}`}</h2>
        <p>{t('portal.guide.hotline')}</p>
      </section>
    </article>
  );
}
