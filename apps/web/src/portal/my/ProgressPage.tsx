import { t } from '../../i18n/t';
import { formatBytes } from '../../shared-ui/upload';
import { FlowDiagram } from '../../shared-ui/FlowDiagram';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { completedNodeIds, tacitNodeIds } from '../../shared-ui/progress';
import { Link } from 'react-router';
import { isFinished } from '../../shared-ui/status';
import { Timeline } from '../../shared-ui/Timeline';
import { NoticeDocument } from './NoticeDocument';
import { RatingPanel } from './RatingPanel';
import { ResultPanel } from './ResultPanel';
import { SummaryCard } from './SummaryCard';
import { SupplementForm } from './SupplementForm';
import { suppliedCodes, useApplicationPage } from '../../api/application';
import { WithdrawPanel } from './WithdrawPanel';

const DECIDED = ['approved', 'rejected'];

/** 办件进度: where the item stands, its clock, the notice to answer, the result and the rating. */
export function ProgressPage({ id }: { id: string }) {
  const { view, flow, item, files, nodeNames, materialNames, refresh: reload } = useApplicationPage(id);
  if (view.error) return <ErrorNotice error={view.error} />;
  if (!view.data) return <Loading />;
  const v = view.data;
  const supplied = suppliedCodes(v);

  return (
    <>
      <p className="ui-no-print">
        <Link to="/portal/my">{`← ${t('portal.my.title')}`}</Link>
      </p>
      <SummaryCard view={v} item={item.data} />

      {v.status === 'awaiting-supplement' ? (
        <section className="ui-card portal-banner" aria-labelledby="notice-banner">
          <h2 id="notice-banner" className="portal-banner__title">
            <span aria-hidden="true">⚠ </span>
            {t('portal.notice.banner')}
          </h2>
          <NoticeDocument view={v} item={item.data} />
          <SupplementForm view={v} item={item.data} files={files.data ?? []} onDone={() => void reload()} />
        </section>
      ) : null}

      {DECIDED.includes(v.status) ? (
        <div className="ui-grid ui-grid--halves">
          <ResultPanel id={id} />
          <RatingPanel id={id} />
        </div>
      ) : null}

      <section className="ui-card" aria-labelledby="flow-title">
        <h2 id="flow-title">{t('portal.progress.flow')}</h2>
        {flow.data ? (
          <FlowDiagram
            definition={flow.data.definition}
            activeNodeIds={v.currentNodes}
            completedNodeIds={completedNodeIds(v.timeline, v.currentNodes)}
            tacitNodeIds={tacitNodeIds(v.timeline)}
            departmentNames={flow.data.departmentNames}
          />
        ) : (
          <ErrorNotice error={flow.error} />
        )}
      </section>

      <div className="ui-grid ui-grid--halves">
        <section className="ui-card" aria-labelledby="materials-title">
          <h2 id="materials-title">{t('portal.progress.materials')}</h2>
          <ul className="portal-plain-list">
            {(item.data?.materials ?? []).map((material) => {
              const own = (files.data ?? []).filter((file) => file.materialCode === material.code);
              const handed = supplied.includes(material.code);
              const missing = v.missingMaterials.includes(material.code);
              return (
                <li key={material.code}>
                  <span aria-hidden="true">{missing ? '✖ ' : handed ? '✔ ' : '○ '}</span>
                  {material.name}
                  <span className="ui-muted">
                    {`（${t(missing ? 'portal.progress.missing' : handed ? 'portal.progress.handed' : 'portal.progress.notHanded')}${own.length ? `，${own.map((f) => `${f.fileName} ${formatBytes(f.size)}`).join('、')}` : ''}）`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
        <section className="ui-card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('portal.progress.timeline')}</h2>
          <Timeline entries={v.timeline} nodeNames={nodeNames} materialNames={materialNames} applicant={v.applicant} />
          {!isFinished(v.status) ? (
            <div className="portal-withdraw">
              <WithdrawPanel id={id} onDone={() => void reload()} />
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}
