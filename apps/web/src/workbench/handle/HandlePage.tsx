import { useState } from 'react';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import type { TaskDto } from '../../shared-ui/apiTypes';
import { FlowDiagram } from '../../shared-ui/FlowDiagram';
import { formatDate, formatDateTime } from '../../shared-ui/format';
import { ErrorNotice, Loading, SuccessNotice } from '../../shared-ui/Notice';
import { completedNodeIds, tacitNodeIds } from '../../shared-ui/progress';
import { remainingText } from '../../shared-ui/remaining';
import { Link } from 'react-router';
import { cardChipLook, cardLook, isFinished, statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { Timeline } from '../../shared-ui/Timeline';
import { useApi } from '../../shared-ui/useApi';
import { suppliedCodes, useApplicationBundle } from '../../shared-ui/useApplicationBundle';
import { AcceptanceActions } from './AcceptanceActions';
import { ClockActions } from './ClockActions';
import { StepClocks } from './StepClocks';
import { ConsolidationPanel } from './ConsolidationPanel';
import { MaterialsPanel } from './MaterialsPanel';
import { ReviewActions } from './ReviewActions';

const FORM_FIELDS = ['projectName', 'site', 'area', 'phone', 'delivery', 'note'] as const;

/** 办理: the item, its materials, flow and full timeline, and the caller's possible actions in a sticky bar. */
export function HandlePage({ id }: { id: string }) {
  const { user } = useSession();
  const { view, flow, item, files, nodeNames, materialNames, reload } = useApplicationBundle(id);
  const tasks = useApi<TaskDto[]>('/tasks?status=open');
  const [message, setMessage] = useState<string | null>(null);
  if (view.error) return <ErrorNotice error={view.error} />;
  if (!view.data) return <Loading />;
  const v = view.data;
  const supplied = suppliedCodes(v);
  const wanted = new URLSearchParams(window.location.search).get('task');
  const mine = (tasks.data ?? []).filter((task) => task.applicationId === id);
  const task = mine.find((candidate) => candidate.id === wanted) ?? mine[0];
  const officer = Boolean(user?.roles.includes('officer'));
  const atAcceptance = officer && v.status === 'submitted';
  const opinions = v.openTasks.find((open) => open.taskId === task?.id)?.opinions;

  const done = (text: string) => {
    setMessage(text);
    void reload();
    void tasks.reload();
  };

  return (
    <div className="wb-handle">
      <p>
        <Link to="/workbench">{`← ${t('workbench.nav.inbox')}`}</Link>
      </p>
      <section className="ui-card wb-summary" aria-labelledby="handle-title">
        <div className="wb-summary__head">
          <h1 id="handle-title">{`${item.data?.name ?? v.itemCode}`}</h1>
          <StatusChip look={statusLook(v.status)} />
          {v.card ? <StatusChip look={cardChipLook(v.card, v.clockPaused)} solid /> : null}
          {v.card === undefined && !isFinished(v.status) && v.deadline ? (
            <StatusChip look={cardLook(v.warning, v.clockPaused)} solid />
          ) : null}
          {v.calendarOfficial === false ? (
            <span className="ui-chip ui-chip--warning" title={t('workbench.clock.unofficial')}>
              {`⚠ ${t('workbench.clock.unofficial')}`}
            </span>
          ) : null}
          <a className="wb-to-actions" href="#handle-actions">
            {t('workbench.toActions')}
          </a>
        </div>
        <dl className="ui-dl wb-summary__facts">
          <dt>{t('workbench.col.receiptNo')}</dt>
          <dd className="wb-mono">{v.receiptNo}</dd>
          <dt>{t('workbench.col.applicant')}</dt>
          <dd>{v.applicant}</dd>
          <dt>{t('workbench.summary.channel')}</dt>
          <dd>{t(`ui.channel.${v.channel}` as 'ui.channel.online')}</dd>
          <dt>{t('workbench.col.submittedAt')}</dt>
          <dd>{formatDateTime(v.submittedAt)}</dd>
          <dt>{t('workbench.summary.accepted')}</dt>
          <dd>{formatDateTime(v.acceptedAt)}</dd>
          <dt>{t('workbench.summary.deadline')}</dt>
          <dd>{`${formatDate(v.deadline)}${v.deadline && !isFinished(v.status) ? `（${remainingText(v)}）` : ''}`}</dd>
          {v.statutoryDeadline ? (
            <>
              <dt>{t('workbench.clock.statutory')}</dt>
              <dd>{formatDate(v.statutoryDeadline)}</dd>
            </>
          ) : null}
          {v.supplementDeadline && !isFinished(v.status) ? (
            <>
              <dt>{t('workbench.summary.supplementDeadline')}</dt>
              <dd>{formatDate(v.supplementDeadline)}</dd>
            </>
          ) : null}
          {v.deemedAcceptanceAt ? (
            <>
              <dt>{t('workbench.summary.deemedAccepted')}</dt>
              <dd>{formatDateTime(v.deemedAcceptanceAt)}</dd>
            </>
          ) : null}
          <dt>{t('workbench.summary.owner')}</dt>
          <dd>{v.firstInquiryOfficer ?? '—'}</dd>
        </dl>
        {v.stepClocks?.length ? <StepClocks clocks={v.stepClocks} nodeNames={nodeNames} /> : null}
      </section>
      {message ? <SuccessNotice>{message}</SuccessNotice> : null}
      <section className="ui-card" aria-labelledby="flow-title">
        <h2 id="flow-title">{t('workbench.section.flow')}</h2>
        {flow.data ? (
          <FlowDiagram
            definition={flow.data.definition}
            activeNodeIds={v.currentNodes}
            completedNodeIds={completedNodeIds(v.timeline, v.currentNodes)}
            tacitNodeIds={tacitNodeIds(v.timeline)}
            departmentNames={flow.data.departmentNames}
          />
        ) : null}
      </section>

      <div className="ui-grid ui-grid--2">
        <div>
          <section className="ui-card" aria-labelledby="form-title">
            <h2 id="form-title">{t('workbench.section.form')}</h2>
            <dl className="ui-dl">
              {FORM_FIELDS.filter((key) => v.data[key] !== undefined && v.data[key] !== '').map((key) => (
                <div key={key} className="wb-pair">
                  <dt>{t(`workbench.field.${key}`)}</dt>
                  <dd>
                    {key === 'delivery'
                      ? t(`portal.delivery.${String(v.data[key])}` as 'portal.delivery.window')
                      : String(v.data[key])}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="ui-card" aria-labelledby="materials-title">
            <h2 id="materials-title">{t('workbench.section.materials')}</h2>
            <MaterialsPanel view={v} item={item.data} supplied={supplied} files={files.data ?? []} />
          </section>
        </div>
        <section className="ui-card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('workbench.section.timeline')}</h2>
          <Timeline
            entries={v.timeline}
            nodeNames={nodeNames}
            materialNames={materialNames}
            applicant={v.applicant}
            internal
          />
        </section>
      </div>

      {opinions ? <ConsolidationPanel opinions={opinions} departmentNames={flow.data?.departmentNames} /> : null}

      <section id="handle-actions" tabIndex={-1} className="wb-actionbar" aria-label={t('workbench.section.actions')}>
        {atAcceptance && item.data ? (
          <AcceptanceActions view={v} item={item.data} supplied={supplied} onDone={done} />
        ) : null}
        {!atAcceptance && task ? <ReviewActions key={task.id} task={task} onDone={done} /> : null}
        {officer && v.acceptedAt && !isFinished(v.status) ? <ClockActions view={v} onDone={done} /> : null}
        {!atAcceptance && !task ? (
          <p className="wb-actionbar__hint">
            {t(
              v.status === 'awaiting-supplement'
                ? 'workbench.wait.supplement'
                : isFinished(v.status)
                  ? 'workbench.wait.finished'
                  : 'workbench.wait.none',
            )}
          </p>
        ) : null}
      </section>
    </div>
  );
}
