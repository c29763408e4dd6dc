import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Row, Space } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { applicationQuery, suppliedCodes, useApplicationPage } from '../../api/application';
import { applicantNameOf, usePeople } from '../../api/people';
import { apiQuery } from '../../api/query';
import { PageLoading } from '../../app/PageLoading';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import { FlowDiagram } from '../../shared-ui/FlowDiagram';
import { formatDate, formatDateTime } from '../../shared-ui/format';
import { completedNodeIds, tacitNodeIds } from '../../shared-ui/progress';
import { remainingText } from '../../shared-ui/remaining';
import { isFinal } from '@tongban/flow-engine';
import { cardChipLook, statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import type { InboxTask } from '../inbox/TaskTable';
import { LIVE } from '../../api/usePage';
import { AcceptanceActions } from './AcceptanceActions';
import { ClockActions } from './ClockActions';
import { ConsolidationPanel } from './ConsolidationPanel';
import { HandleTimeline } from './HandleTimeline';
import { MaterialsPanel } from './MaterialsPanel';
import { ReviewActions } from './ReviewActions';
import { StageSteps } from './StageSteps';
import { StepClocks } from './StepClocks';

const FORM_FIELDS = ['projectName', 'site', 'area', 'phone', 'delivery', 'note'] as const;

/** 办理: the item, its materials, flow and full timeline, and the caller's possible actions in a sticky bar. */
export function HandlePage({ id }: { id: string }) {
  const { user } = useSession();
  const [params] = useSearchParams();
  const { view, flow, item, files, nodeNames, materialNames } = useApplicationPage(id);
  // The item refreshes by itself while open (another officer may act on it); focus refetch is the default.
  useQuery({ ...applicationQuery(id), refetchInterval: LIVE });
  const tasks = useQuery({ ...apiQuery<InboxTask[]>('/tasks?status=open'), refetchInterval: LIVE });
  const [message, setMessage] = useState<string | null>(null);
  const v = view.data;
  const people = usePeople([
    v?.applicant,
    v?.firstInquiryOfficer,
    ...(v?.timeline ?? []).flatMap((entry) => [entry.actor, entry.onBehalfOf]),
    ...(v?.openTasks ?? []).flatMap((open) => open.opinions?.map((opinion) => opinion.actor) ?? []),
  ]);
  if (view.error) return <Alert type="error" showIcon message={view.error.message} />;
  if (!v) return <PageLoading />;
  const supplied = suppliedCodes(v);
  const wanted = params.get('task');
  const mine = (tasks.data ?? []).filter((task) => task.applicationId === id);
  const task = mine.find((candidate) => candidate.id === wanted) ?? mine[0];
  const officer = Boolean(user?.roles.includes('officer'));
  const atAcceptance = officer && v.status === 'submitted';
  const opinions = v.openTasks.find((open) => open.taskId === task?.id)?.opinions;
  const applicantName = applicantNameOf(v, people.nameOf);
  const noticed = v.timeline.some((entry) => entry.action === 'notify-missing');

  const done = (text: string) => setMessage(text);
  const facts = [
    { key: 'receiptNo', label: t('workbench.col.receiptNo'), children: <span className="wb-mono">{v.receiptNo}</span> },
    { key: 'applicant', label: t('workbench.col.applicant'), children: applicantName },
    {
      key: 'channel',
      label: t('workbench.summary.channel'),
      children: t(`ui.channel.${v.channel}` as 'ui.channel.online'),
    },
    { key: 'submittedAt', label: t('workbench.col.submittedAt'), children: formatDateTime(v.submittedAt) },
    { key: 'acceptedAt', label: t('workbench.summary.accepted'), children: formatDateTime(v.acceptedAt) },
    {
      key: 'deadline',
      label: t('workbench.summary.deadline'),
      children: `${formatDate(v.deadline)}${v.deadline && !isFinal(v.status) ? `（${remainingText(v)}）` : ''}`,
    },
    ...(v.statutoryDeadline
      ? [{ key: 'statutory', label: t('workbench.clock.statutory'), children: formatDate(v.statutoryDeadline) }]
      : []),
    ...(v.supplementDeadline && !isFinal(v.status)
      ? [
          {
            key: 'supplement',
            label: t('workbench.summary.supplementDeadline'),
            children: formatDate(v.supplementDeadline),
          },
        ]
      : []),
    ...(v.deemedAcceptanceAt
      ? [
          {
            key: 'deemed',
            label: t('workbench.summary.deemedAccepted'),
            children: formatDateTime(v.deemedAcceptanceAt),
          },
        ]
      : []),
    {
      key: 'owner',
      label: t('workbench.summary.owner'),
      children: v.firstInquiryOfficer ? people.nameOf(v.firstInquiryOfficer) : '—',
    },
  ];
  const formFacts = FORM_FIELDS.filter((key) => v.data[key] !== undefined && v.data[key] !== '').map((key) => ({
    key,
    label: t(`workbench.field.${key}`),
    children:
      key === 'delivery'
        ? t(`portal.delivery.${String(v.data[key])}` as 'portal.delivery.window')
        : String(v.data[key]),
  }));

  return (
    <div className="wb-handle">
      <p>
        <Link to="/workbench">{`← ${t('workbench.nav.inbox')}`}</Link>
      </p>
      <Card className="wb-summary" aria-labelledby="handle-title">
        <div className="wb-summary__head">
          <h1 id="handle-title">{item.data?.name ?? v.itemCode}</h1>
          <StatusChip look={statusLook(v.status)} />
          {/* The server's card (the one rule the dashboard uses); none on a finished item. */}
          {v.card ? <StatusChip look={cardChipLook(v.card, v.clockPaused)} solid /> : null}
          {v.calendarOfficial === false ? (
            <span className="ui-chip ui-chip--warning" title={t('workbench.clock.unofficial')}>
              {`⚠ ${t('workbench.clock.unofficial')}`}
            </span>
          ) : null}
          <Space className="wb-to-actions">
            {noticed ? <Link to={`/workbench/applications/${v.id}/notice`}>{t('workbench.notice.print')}</Link> : null}
            <a href="#handle-actions">{t('workbench.toActions')}</a>
          </Space>
        </div>
        <StageSteps view={v} />
        <Descriptions size="small" column={3} items={facts} className="wb-summary__facts wb-gap" />
        {v.stepClocks?.length ? <StepClocks clocks={v.stepClocks} nodeNames={nodeNames} /> : null}
      </Card>
      {message ? <Alert type="success" showIcon message={message} role="status" className="wb-gap" /> : null}
      <Card title={<h2 id="flow-title">{t('workbench.section.flow')}</h2>} className="wb-gap">
        {flow.data ? (
          <FlowDiagram
            definition={flow.data.definition}
            activeNodeIds={v.currentNodes}
            completedNodeIds={completedNodeIds(v.timeline, v.currentNodes)}
            tacitNodeIds={tacitNodeIds(v.timeline)}
            departmentNames={flow.data.departmentNames}
          />
        ) : null}
      </Card>

      <Row gutter={16} className="wb-gap">
        <Col span={12}>
          <Card title={<h2 id="form-title">{t('workbench.section.form')}</h2>}>
            <Descriptions size="small" column={1} items={formFacts} />
          </Card>
          <Card title={<h2 id="materials-title">{t('workbench.section.materials')}</h2>} className="wb-gap">
            <MaterialsPanel view={v} item={item.data} supplied={supplied} files={files.data ?? []} />
          </Card>
        </Col>
        <Col span={12}>
          <Card title={<h2 id="timeline-title">{t('workbench.section.timeline')}</h2>}>
            <HandleTimeline
              entries={v.timeline}
              nodeNames={nodeNames}
              materialNames={materialNames}
              applicant={v.applicant}
              applicantName={applicantName}
              nameOf={people.nameOf}
            />
          </Card>
        </Col>
      </Row>

      {opinions ? (
        <ConsolidationPanel opinions={opinions} departmentNames={flow.data?.departmentNames} nameOf={people.nameOf} />
      ) : null}

      <section id="handle-actions" tabIndex={-1} className="wb-actionbar" aria-label={t('workbench.section.actions')}>
        {atAcceptance && item.data ? (
          <AcceptanceActions view={v} item={item.data} supplied={supplied} onDone={done} />
        ) : null}
        {!atAcceptance && task ? (
          <ReviewActions key={task.id} task={task} nameOf={people.nameOf} onDone={done} />
        ) : null}
        {officer && v.acceptedAt && !isFinal(v.status) ? <ClockActions view={v} onDone={done} /> : null}
        {!atAcceptance && !task ? (
          <p className="wb-actionbar__hint">
            {t(
              v.status === 'awaiting-supplement'
                ? 'workbench.wait.supplement'
                : isFinal(v.status)
                  ? 'workbench.wait.finished'
                  : 'workbench.wait.none',
            )}
          </p>
        ) : null}
      </section>
    </div>
  );
}
