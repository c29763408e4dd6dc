import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, Row, Skeleton, Space } from 'antd';
import { useDepartmentNames, useCatalogNames } from '../../api/names';
import { usePeople } from '../../api/people';
import { t } from '../../i18n/t';
import { downloadFromApi } from '../../shared-ui/download';
import { formatDateTime } from '../../shared-ui/format';
import { ErrorNotice } from '../../shared-ui/Notice';
import { cardsByDayQuery, complaintsQuery, LIVE, onTimeQuery, overviewQuery, workloadQuery } from '../api';
import { CardsByDayChart } from '../charts/CardsByDayChart';
import { OnTimeChart } from '../charts/OnTimeChart';
import { WorkloadChart } from '../charts/WorkloadChart';
import { CardBoard } from './CardBoard';
import { KpiRow } from './KpiRow';
import { OverdueLists } from './OverdueLists';
import { StepCards } from './StepCards';

/** 监察总览: what the supervisor sees first — cards, lateness, tacit approvals and the figures, kept live. */
export function DashboardPage() {
  const overview = useQuery({ ...overviewQuery(), ...LIVE });
  const cardsByDay = useQuery({ ...cardsByDayQuery(), ...LIVE });
  const workload = useQuery({ ...workloadQuery(), ...LIVE });
  const byItem = useQuery({ ...onTimeQuery('item'), ...LIVE });
  // Only the count of open complaints is shown: a one-row page carries it as its total.
  const complaints = useQuery({ ...complaintsQuery({ page: 1, pageSize: 1 }, 'false'), ...LIVE });
  const { itemName } = useCatalogNames();
  const departmentName = useDepartmentNames();
  const { nameOf } = usePeople(overview.data?.tacitApprovals.map((row) => row.officer) ?? []);
  const { message } = App.useApp();
  if (overview.error && !overview.data) return <ErrorNotice error={overview.error} />;
  if (!overview.data) return <Skeleton active />;
  const refresh = () =>
    void Promise.all([overview, cardsByDay, workload, byItem, complaints].map((query) => query.refetch()));
  const exportFigures = () =>
    downloadFromApi('/exports/statistics.csv', '办结统计.csv').catch((caught: unknown) =>
      message.error(caught instanceof Error ? caught.message : String(caught)),
    );

  return (
    <>
      <header className="sv-head">
        <h1>{t('supervision.dashboard.title')}</h1>
        <p className="ui-muted" aria-live="polite">
          {`${t('supervision.at')}${formatDateTime(overview.data.at)} · ${t('supervision.refreshHint')}`}
        </p>
        <Space className="sv-head__actions">
          <Button onClick={refresh} loading={overview.isFetching}>
            {t('workbench.refresh')}
          </Button>
          <Button onClick={() => void exportFigures()}>{t('supervision.export.figures')}</Button>
        </Space>
      </header>
      <KpiRow overview={overview.data} byItem={byItem.data?.rows} openComplaints={complaints.data?.total} />
      <Row gutter={[16, 16]} className="sv-row">
        <Col span={16}>
          <CardBoard overview={overview.data} itemName={itemName} />
        </Col>
        <Col span={8}>
          <OnTimeChart />
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="sv-row">
        <Col span={12}>{cardsByDay.data ? <CardsByDayChart data={cardsByDay.data} /> : <Skeleton active />}</Col>
        <Col span={12}>{workload.data ? <WorkloadChart data={workload.data} /> : <Skeleton active />}</Col>
      </Row>
      <StepCards overview={overview.data} itemName={itemName} departmentName={departmentName} />
      <OverdueLists overview={overview.data} itemName={itemName} departmentName={departmentName} nameOf={nameOf} />
    </>
  );
}
