import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Statistic, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useCatalogNames, useDepartmentNames } from '../../api/names';
import { usePeople } from '../../api/people';
import { apiQuery } from '../../api/query';
import { useSession } from '../../auth/session';
import { t } from '../../i18n/t';
import type { ApplicationSummary, Page } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { IntakeTable } from './IntakeTable';
import { InboxSearchForm } from './InboxSearchForm';
import { type ListSearch, LIVE, type PageState, usePage } from '../../api/usePage';
import { type InboxTask, TaskTable } from './TaskTable';

type Tab = 'todo' | 'intake' | 'supplement' | 'done';

const FIRST: PageState = { page: 1, pageSize: 20 };

/** A page query with its rows and total read out. */
function listOf<T>(query: UseQueryResult<Page<T>>) {
  return { query, rows: query.data?.items ?? [], total: query.data?.total ?? 0 };
}

/** 待办: the caller's tasks (own, department, B post) and the window's intake queues, searchable and paged. */
export function InboxPage() {
  const { user } = useSession();
  const atWindow = Boolean(user?.roles.some((role) => role === 'officer' || role === 'admin'));
  // Window officers have no acceptance task: their work starts in the intake queue.
  const [tab, setTab] = useState<Tab>(atWindow && !user?.roles.includes('reviewer') ? 'intake' : 'todo');
  const [search, setSearch] = useState<ListSearch>({});
  const [pages, setPages] = useState<Record<Tab, PageState>>({
    todo: FIRST,
    intake: FIRST,
    supplement: FIRST,
    done: FIRST,
  });
  const paging = (id: Tab) => ({
    state: pages[id],
    onChange: (state: PageState) => setPages((p) => ({ ...p, [id]: state })),
  });

  const todo = listOf(usePage<InboxTask>('/tasks', pages.todo, { status: 'open', ...search }, { live: true }));
  // 已办: what this person decided.
  const done = listOf(usePage<InboxTask>('/tasks', pages.done, { status: 'closed', ...search }, { live: true }));
  const atWindowLive = { enabled: atWindow, live: true };
  const intake = listOf(
    usePage<ApplicationSummary>('/applications', pages.intake, { status: 'submitted', ...search }, atWindowLive),
  );
  const supplement = listOf(
    usePage<ApplicationSummary>(
      '/applications',
      pages.supplement,
      { status: 'awaiting-supplement', ...search },
      atWindowLive,
    ),
  );
  // The header's counters are over every open task, whatever the page or search shows.
  const open = useQuery({ ...apiQuery<InboxTask[]>('/tasks?status=open'), refetchInterval: LIVE });
  const openTasks = open.data ?? [];
  const { itemName } = useCatalogNames();
  const departmentName = useDepartmentNames();
  const people = usePeople([
    ...[...todo.rows, ...done.rows].flatMap((task) => [task.applicant, task.actingFor, task.claimedBy]),
    ...[...intake.rows, ...supplement.rows].map((item) => item.applicant),
  ]);

  // 待办 is everything waiting for this person: open tasks, and at the window the items awaiting acceptance.
  const todoCount = (open.data ? openTasks.length : 0) + (atWindow ? intake.total : 0);
  const carded = openTasks.filter((task) => task.card === 'yellow' || task.card === 'red').length;
  const soon = openTasks.filter((task) => task.card === 'warning').length;
  const chief = (user as { chiefRepresentative?: boolean } | null)?.chiefRepresentative;
  const parts = (id: Tab, list: { total: number; query: { isFetching: boolean; data?: unknown } }) => ({
    ...paging(id),
    total: list.total,
    loading: list.query.isFetching && !list.query.data,
  });
  const counter = (label: string, value: number | string, alert = false) => (
    <Card size="small" className="wb-counter" data-testid={`counter-${label}`}>
      <Statistic title={label} value={value} valueStyle={alert ? { color: '#a8071a' } : undefined} />
    </Card>
  );
  const label = (key: 'workbench.tab.todo', count: number) => (
    <span>
      {t(key)}
      <span className="ui-count">{count}</span>
    </span>
  );
  const tabs = [
    {
      key: 'todo',
      label: label('workbench.tab.todo', todo.total),
      children: (
        <TaskTable
          tasks={todo.rows}
          parts={parts('todo', todo)}
          itemName={itemName}
          departmentName={departmentName}
          nameOf={people.nameOf}
        />
      ),
    },
    ...(atWindow
      ? [
          {
            key: 'intake',
            label: label('workbench.tab.intake' as 'workbench.tab.todo', intake.total),
            children: <IntakeTable items={intake.rows} parts={parts('intake', intake)} nameOf={people.nameOf} />,
          },
          {
            key: 'supplement',
            label: label('workbench.tab.supplement' as 'workbench.tab.todo', supplement.total),
            children: (
              <IntakeTable items={supplement.rows} parts={parts('supplement', supplement)} nameOf={people.nameOf} />
            ),
          },
        ]
      : []),
    {
      key: 'done',
      label: label('workbench.tab.done' as 'workbench.tab.todo', done.total),
      children: (
        <TaskTable
          tasks={done.rows}
          parts={parts('done', done)}
          itemName={itemName}
          departmentName={departmentName}
          nameOf={people.nameOf}
          done
        />
      ),
    },
  ];
  const error = todo.query.error ?? intake.query.error ?? open.error;

  return (
    <>
      <header className="wb-hello">
        <div>
          <h1>{tf('workbench.hello', { name: user?.name ?? '' })}</h1>
          <p className="ui-muted">
            {departmentName(user?.department ?? 'center')}
            {chief ? (
              <Tag color="blue" className="wb-chief">
                {t('workbench.chief')}
              </Tag>
            ) : null}
          </p>
        </div>
        <div className="wb-counters" data-testid="wb-counters">
          {counter(t('workbench.counter.todo'), open.data ? todoCount : '—')}
          {counter(t('workbench.counter.soon'), soon)}
          {counter(t('workbench.counter.cards'), carded, true)}
          {counter(t('workbench.counter.supplement'), atWindow ? supplement.total : '—')}
        </div>
      </header>
      <div className="wb-toolbar">
        <InboxSearchForm
          onSearch={(next) => {
            setSearch(next);
            setPages((p) => ({ ...p, [tab]: { ...p[tab], page: 1 } }));
          }}
        />
        <Button
          onClick={() =>
            void Promise.all([todo.query, done.query, intake.query, supplement.query, open].map((q) => q.refetch()))
          }
        >
          {t('workbench.refresh')}
        </Button>
      </div>
      {error ? <Alert type="error" showIcon message={error.message} /> : null}
      <Tabs activeKey={tab} onChange={(key) => setTab(key as Tab)} items={tabs} aria-label={t('workbench.tabs')} />
    </>
  );
}
