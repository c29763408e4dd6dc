import { useState } from 'react';
import { ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { Rating } from '../../shared-ui/apiTypes';
import { downloadFromApi } from '../../shared-ui/download';
import { formatDateTime } from '../../shared-ui/format';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';
import { useCatalog, useDepartmentNames } from '../../shared-ui/useNames';
import type { Figures, Overview } from '../types';
import { CardBoard } from './CardBoard';
import { FigurePanel } from './FigurePanel';
import { KpiRow } from './KpiRow';
import { OverdueLists } from './OverdueLists';
import { StepCards } from './StepCards';
import { useRunningCards } from './useRunningCards';

/** 监察总览: what the supervisor sees first — cards, lateness, tacit approvals and the figures. */
export function DashboardPage() {
  const overview = useApi<Overview>('/supervision/overview');
  const figures = useApi<Figures>('/exports/statistics');
  const complaints = useApi<Rating[]>('/complaints');
  const cards = useRunningCards(overview.data?.at);
  const { itemName } = useCatalog();
  const departmentName = useDepartmentNames();
  const [error, setError] = useState<Error | null>(null);
  if (overview.error) return <ErrorNotice error={overview.error} />;
  if (!overview.data) return <Loading />;
  const exportFigures = () =>
    downloadFromApi('/exports/statistics.csv', '办结统计.csv').catch((caught: unknown) =>
      setError(caught instanceof ApiError ? caught : new Error(String(caught))),
    );

  return (
    <>
      <header className="sv-head">
        <h1>{t('supervision.dashboard.title')}</h1>
        <p className="ui-muted">{`${t('supervision.at')}${formatDateTime(overview.data.at)}`}</p>
        <div className="ui-button-row">
          <button
            type="button"
            className="ui-button"
            onClick={() => void Promise.all([overview.reload(), figures.reload(), complaints.reload()])}
          >
            {t('workbench.refresh')}
          </button>
          <button type="button" className="ui-button" onClick={() => void exportFigures()}>
            {t('supervision.export.figures')}
          </button>
        </div>
      </header>
      <ErrorNotice error={error} />
      <KpiRow
        overview={overview.data}
        figures={figures.data}
        openComplaints={complaints.data?.filter((c) => !c.complaint?.answered).length}
      />
      <CardBoard views={cards?.views} itemName={itemName} stepName={cards?.stepName ?? ((_v, id) => id)} />
      <StepCards overview={overview.data} itemName={itemName} departmentName={departmentName} />
      <OverdueLists overview={overview.data} itemName={itemName} departmentName={departmentName} />
      <div className="ui-grid ui-grid--halves">
        <FigurePanel
          id="by-department"
          title={t('supervision.figures.byDepartment')}
          figures={figures.data?.byDepartment ?? []}
        />
        <FigurePanel id="by-item" title={t('supervision.figures.byItem')} figures={figures.data?.byItem ?? []} />
      </div>
    </>
  );
}
