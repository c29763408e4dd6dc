import { Button, DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { type InstanceView, warningOf } from '@tongban/flow-engine';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';
import { formatInstant } from '../versions/formatInstant';
import { simulationCalendar as calendar } from './calendar';
import { afterWorkingDays, morningOf, type SimulationCommand, type SimulationSession } from './simulationSession';
import { TaskActions } from './TaskActions';

interface Props {
  flow: FlowDefinition;
  session: SimulationSession;
  view: InstanceView;
  onCommand(command: SimulationCommand): void;
  onAdvance(to: string): void;
  onReset(): void;
}

/** The running item: its status and card, the clock controls and one row of decisions per open task. */
export function SimulationControls({ flow, session, view, onCommand, onAdvance, onReset }: Props) {
  const [jumpDate, setJumpDate] = useState<Dayjs | null>(null);
  const jumpId = useId();
  const finished = view.outcome !== null;
  return (
    <section className="sim-controls" aria-label={t('designer.sim.title')}>
      <h2 className="props__title">{t('designer.sim.title')}</h2>
      <dl className="sim-facts">
        <dt>{t('designer.sim.now')}</dt>
        <dd data-testid="sim-now">{formatInstant(session.now)}</dd>
        <dt>{t('designer.sim.status')}</dt>
        <dd data-testid="sim-status">{tk('designer.itemStatus.', view.status)}</dd>
        {view.deadline && (
          <>
            <dt>{t('designer.sim.deadline')}</dt>
            <dd>
              {formatInstant(view.deadline)}{' '}
              {view.card ? (
                <span className={`warning-card warning-card--${warningOf(view.card)}`}>
                  {tk('designer.cardLevel.', view.card)}
                </span>
              ) : (
                <span className={`warning-card warning-card--${view.warning}`}>
                  {tk('designer.warning.', view.warning)}
                </span>
              )}{' '}
              {view.remainingWorkingDays !== null &&
                !finished &&
                tf('designer.sim.remaining', { n: view.remainingWorkingDays })}
            </dd>
          </>
        )}
      </dl>
      <fieldset className="sim-clock" disabled={finished}>
        <legend>{t('designer.sim.clock')}</legend>
        <Button size="small" onClick={() => onAdvance(new Date(Date.parse(session.now) + 3600_000).toISOString())}>
          {t('designer.sim.plusHour')}
        </Button>
        <Button size="small" onClick={() => onAdvance(afterWorkingDays(calendar, session.now, 1))}>
          {t('designer.sim.plusDay')}
        </Button>
        <label htmlFor={jumpId} className="visually-hidden">
          {t('designer.sim.jumpTo')}
        </label>
        <DatePicker id={jumpId} size="small" format="YYYY-MM-DD" value={jumpDate} onChange={setJumpDate} />
        <Button
          size="small"
          disabled={!jumpDate}
          onClick={() => jumpDate && onAdvance(morningOf(calendar, jumpDate.format('YYYY-MM-DD')))}
        >
          {t('designer.sim.jump')}
        </Button>
      </fieldset>
      <h3>{t('designer.sim.tasks')}</h3>
      <TaskActions flow={flow} view={view} session={session} onCommand={onCommand} />
      <Button type="link" size="small" onClick={onReset}>
        {`↺ ${t('designer.sim.reset')}`}
      </Button>
    </section>
  );
}
