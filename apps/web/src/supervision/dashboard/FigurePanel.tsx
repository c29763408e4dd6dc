import { t } from '../../i18n/t';
import { BarChart } from '../../shared-ui/BarChart';
import { percent } from '../../shared-ui/format';
import type { Figure } from '../types';

const rateTone = (rate: number | null) =>
  rate === null ? 'info' : rate >= 0.95 ? 'normal' : rate >= 0.8 ? 'yellow' : 'red';

/** 按时办结率 and 平均用时 for one dimension (department or item): two bar charts and the table behind them. */
export function FigurePanel({ title, figures, id }: { title: string; figures: Figure[]; id: string }) {
  const ranked = [...figures].sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1));
  return (
    <section className="ui-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {figures.length === 0 ? <p>{t('supervision.figures.none')}</p> : null}
      <div className="ui-grid ui-grid--halves">
        <BarChart
          title={t('supervision.figures.onTimeRate')}
          max={1}
          bars={ranked.map((f) => ({
            key: f.key,
            label: f.name,
            value: f.onTimeRate,
            display: percent(f.onTimeRate),
            tone: rateTone(f.onTimeRate),
          }))}
        />
        <BarChart
          title={t('supervision.figures.avgDays')}
          bars={ranked.map((f) => ({
            key: f.key,
            label: f.name,
            value: f.avgWorkingDays,
            display: f.avgWorkingDays === null ? '—' : `${f.avgWorkingDays}`,
            tone: 'info',
          }))}
        />
      </div>
      <div className="ui-table-wrap">
        <table className="ui-table ui-table--compact sv-figures">
          <caption className="ui-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('supervision.figures.name')}</th>
              <th scope="col">{t('supervision.figures.total')}</th>
              <th scope="col">{t('supervision.figures.open')}</th>
              <th scope="col">{t('supervision.figures.finished')}</th>
              <th scope="col">{t('supervision.figures.onTime')}</th>
              <th scope="col">{t('supervision.figures.overdue')}</th>
              <th scope="col">{t('supervision.figures.onTimeRate')}</th>
              <th scope="col">{t('supervision.figures.avgDaysShort')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((f, index) => (
              <tr key={f.key} className={index < 3 && f.onTimeRate !== null ? 'sv-top' : ''}>
                <th scope="row">{f.name}</th>
                <td>{f.total}</td>
                <td>{f.open}</td>
                <td>{f.finished}</td>
                <td>{f.onTime}</td>
                <td className={f.overdue ? 'sv-bad' : ''}>{f.overdue}</td>
                <td>{percent(f.onTimeRate)}</td>
                <td>{f.avgWorkingDays ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
