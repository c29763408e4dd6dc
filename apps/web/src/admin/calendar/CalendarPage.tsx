import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Calendar, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { apiQuery, withQuery } from '../../api/query';
import { t } from '../../i18n/t';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { useCenterChoice } from '../CenterPicker';
import { type CalendarDayView, type CalendarYearView, daysByDate, isNotable } from './calendarDays';
import { OverrideDialog } from './OverrideDialog';

const monthOf = (text: string | null): Dayjs => {
  const parsed = text && /^\d{4}-\d{2}$/.test(text) ? dayjs(`${text}-01`) : null;
  return parsed?.isValid() ? parsed : dayjs();
};

function DayCell({ day }: { day: CalendarDayView | undefined }) {
  if (!day) return null;
  return (
    <div className={`ad-day ad-day--${day.workday ? 'work' : 'off'}`}>
      <div>{day.workday ? t('admin.calendar.workday') : t('admin.calendar.dayOff')}</div>
      {isNotable(day) && day.note ? <div>{day.note}</div> : null}
      {day.override ? <span className="ad-day__override">{t('admin.calendar.override')}</span> : null}
    </div>
  );
}

/** 工作日历: a month of official days and the chosen center's own overrides; a click on a day changes it. */
export function CalendarPage() {
  const { centerId, picker } = useCenterChoice();
  // `?month=2026-10` opens that month (a link to it, a reload keeps it); otherwise this month.
  const [params, setParams] = useSearchParams();
  const month = monthOf(params.get('month'));
  const setMonth = (value: Dayjs) => setParams({ month: value.format('YYYY-MM') }, { replace: true });
  const [chosen, setChosen] = useState<CalendarDayView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const year = useQuery(apiQuery<CalendarYearView>(withQuery(`/calendar/${month.year()}`, { center: centerId })));
  const days = daysByDate(year.data);

  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.calendar.title')}</h1>
        <div className="ad-head__actions">{picker}</div>
      </header>
      <p className="ui-muted">{t('admin.calendar.intro')}</p>
      <ErrorNotice error={year.error} />
      {year.data && !year.data.official ? (
        <Alert type="warning" showIcon message={t('admin.calendar.unofficial')} />
      ) : null}
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <Calendar
        className="ad-calendar"
        value={month}
        headerRender={({ value, onChange }) => (
          <Space className="ad-calendar__head">
            <Button onClick={() => onChange(value.subtract(1, 'month'))}>{t('admin.calendar.previous')}</Button>
            <h2 className="ad-card-title" aria-live="polite">
              {value.format('YYYY年M月')}
            </h2>
            <Button onClick={() => onChange(value.add(1, 'month'))}>{t('admin.calendar.next')}</Button>
          </Space>
        )}
        onPanelChange={(value) => setMonth(value)}
        onSelect={(value, { source }) => {
          setMonth(value);
          if (source === 'date') setChosen(days.get(value.format('YYYY-MM-DD')) ?? null);
        }}
        cellRender={(value, info) =>
          info.type === 'date' ? <DayCell day={days.get(value.format('YYYY-MM-DD'))} /> : info.originNode
        }
      />
      <OverrideDialog
        centerId={centerId}
        day={chosen}
        onClose={() => setChosen(null)}
        onDone={(message) => {
          setChosen(null);
          setDone(message);
        }}
      />
    </>
  );
}
