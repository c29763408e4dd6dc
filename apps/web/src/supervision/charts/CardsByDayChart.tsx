import type { CardsByDay } from '@tongban/api-contract';
import { t } from '../../i18n/t';
import { ChartCard } from './ChartCard';
import { COLOURS } from './echarts';

/** 黄牌 and 红牌 issued per day over the last 30 days, stacked. */
export function CardsByDayChart({ data }: { data: CardsByDay }) {
  const dates = data.days.map((day) => day.date.slice(5));
  const series = (name: string, color: string, values: number[]) => ({
    name,
    type: 'bar',
    stack: 'cards',
    barMaxWidth: 24,
    itemStyle: { color },
    data: values,
  });
  const option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('supervision.chart.yellow'), t('supervision.chart.red')] },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: dates },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      series(
        t('supervision.chart.yellow'),
        COLOURS.yellow,
        data.days.map((day) => day.yellow),
      ),
      series(
        t('supervision.chart.red'),
        COLOURS.red,
        data.days.map((day) => day.red),
      ),
    ],
  };
  return (
    <ChartCard
      testId="chart-cards-by-day"
      title={t('supervision.chart.cardsByDay')}
      hint={t('supervision.chart.cardsByDayHint')}
      option={option}
      table={{
        columns: [t('supervision.chart.date'), t('supervision.chart.yellow'), t('supervision.chart.red')],
        rows: data.days.map((day) => [day.date, day.yellow, day.red]),
      }}
    />
  );
}
