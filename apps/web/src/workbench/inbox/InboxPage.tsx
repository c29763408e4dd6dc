import { useState } from 'react';
import { useSession } from '../../auth/session';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import type { ApplicationSummary, TaskDto } from '../../shared-ui/apiTypes';
import { tf } from '../../shared-ui/format';
import { ErrorNotice } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';
import { useCatalog, useDepartmentNames } from '../../shared-ui/useNames';
import { IntakeTable } from './IntakeTable';
import { TaskTable } from './TaskTable';
import { byUrgency } from './urgency';

type Tab = 'todo' | 'intake' | 'supplement' | 'done';

/** 待办: the caller's tasks (own, department, B post) by urgency, and the window's intake queues. */
export function InboxPage() {
  const { user } = useSession();
  const atWindow = Boolean(user?.roles.some((role) => role === 'officer' || role === 'admin'));
  const open = useApi<TaskDto[]>('/tasks?status=open');
  const closed = useApi<TaskDto[]>('/tasks?status=closed');
  const intake = useApi<ApplicationSummary[]>(atWindow ? '/applications?status=submitted' : null);
  const supplement = useApi<ApplicationSummary[]>(atWindow ? '/applications?status=awaiting-supplement' : null);
  const { itemName } = useCatalog();
  const departmentName = useDepartmentNames();
  // Window officers have no acceptance task: their work starts in the intake queue.
  const [tab, setTab] = useState<Tab>(atWindow && !user?.roles.includes('reviewer') ? 'intake' : 'todo');
  const [query, setQuery] = useState('');

  const matches = (...fields: (string | null | undefined)[]) =>
    !query.trim() || fields.some((f) => f?.toLowerCase().includes(query.trim().toLowerCase()));
  const todo = [...(open.data ?? [])]
    .sort(byUrgency)
    .filter((task) => matches(task.receiptNo, task.applicant, itemName(task.itemCode)));
  const done = (closed.data ?? []).filter(
    (task) => task.completedBy === user?.username && matches(task.receiptNo, task.applicant),
  );
  const carded = (open.data ?? []).filter((task) => task.warning === 'yellow' || task.warning === 'red').length;
  const soon = (open.data ?? []).filter(
    (task) => task.warning === 'green' && (task.remainingWorkingDays ?? 99) <= 1,
  ).length;
  const tabs: { id: Tab; label: MessageKey; count: number; show: boolean }[] = [
    { id: 'todo', label: 'workbench.tab.todo', count: todo.length, show: true },
    { id: 'intake', label: 'workbench.tab.intake', count: intake.data?.length ?? 0, show: atWindow },
    { id: 'supplement', label: 'workbench.tab.supplement', count: supplement.data?.length ?? 0, show: atWindow },
    { id: 'done', label: 'workbench.tab.done', count: done.length, show: true },
  ];
  const chief = (user as { chiefRepresentative?: boolean } | null)?.chiefRepresentative;

  return (
    <>
      <header className="wb-hello">
        <div>
          <h1>{tf('workbench.hello', { name: user?.name ?? '' })}</h1>
          <p className="ui-muted">
            {departmentName(user?.department ?? 'center')}
            {chief ? <span className="ui-chip ui-chip--info wb-chief">{t('workbench.chief')}</span> : null}
          </p>
        </div>
        <dl className="wb-counters">
          <div>
            <dt>{t('workbench.counter.todo')}</dt>
            <dd>{open.data?.length ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('workbench.counter.soon')}</dt>
            <dd>{soon}</dd>
          </div>
          <div className="wb-counters--alert">
            <dt>{t('workbench.counter.cards')}</dt>
            <dd>{carded}</dd>
          </div>
          <div>
            <dt>{t('workbench.counter.supplement')}</dt>
            <dd>{atWindow ? (supplement.data?.length ?? '—') : '—'}</dd>
          </div>
        </dl>
      </header>
      <div className="wb-toolbar">
        <div role="tablist" className="ui-tabs" aria-label={t('workbench.tabs')}>
          {tabs
            .filter((x) => x.show)
            .map((x) => (
              <button key={x.id} role="tab" type="button" aria-selected={tab === x.id} onClick={() => setTab(x.id)}>
                {t(x.label)}
                <span className="ui-count">{x.count}</span>
              </button>
            ))}
        </div>
        <label className="wb-search">
          <span>{t('workbench.search')}</span>
          <input type="search" className="ui-input" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button
          type="button"
          className="ui-button"
          onClick={() => void Promise.all([open.reload(), closed.reload(), intake.reload(), supplement.reload()])}
        >
          {t('workbench.refresh')}
        </button>
      </div>
      <ErrorNotice error={open.error ?? intake.error} />
      <div role="tabpanel" aria-label={t(tabs.find((x) => x.id === tab)!.label)}>
        {tab === 'todo' ? <TaskTable tasks={todo} itemName={itemName} departmentName={departmentName} /> : null}
        {tab === 'intake' ? (
          <IntakeTable items={(intake.data ?? []).filter((a) => matches(a.receiptNo, a.applicant, a.itemName))} />
        ) : null}
        {tab === 'supplement' ? (
          <IntakeTable items={(supplement.data ?? []).filter((a) => matches(a.receiptNo, a.applicant, a.itemName))} />
        ) : null}
        {tab === 'done' ? <TaskTable tasks={done} itemName={itemName} departmentName={departmentName} done /> : null}
      </div>
    </>
  );
}
