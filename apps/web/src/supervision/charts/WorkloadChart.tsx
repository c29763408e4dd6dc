import type { Workload } from '@tongban/api-contract';
import { t } from '../../i18n/t';
import { ChartCard } from './ChartCard';
import { COLOURS } from './echarts';

/** The bottleneck view: open tasks per step (bars) and how long they have waited on average (line). */
export function WorkloadChart({ data }: { data: Workload }) {
  const names = data.rows.map((row) => `${row.nodeName}\n${row.departmentName}`);
  const option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: {
      top: 0,
      data: [t('supervision.chart.openTasks'), t('supervision.chart.overdueTasks'), t('supervision.chart.avgWait')],
    },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('supervision.chart.openTasks') },
      { type: 'value', name: t('supervision.chart.avgWait') },
    ],
    series: [
      {
        name: t('supervision.chart.openTasks'),
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color: COLOURS.info },
        data: data.rows.map((row) => row.open),
      },
      {
        name: t('supervision.chart.overdueTasks'),
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color: COLOURS.red },
        data: data.rows.map((row) => row.overdue),
      },
      {
        name: t('supervision.chart.avgWait'),
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: COLOURS.yellow },
        data: data.rows.map((row) => row.avgWaitHours),
      },
    ],
  };
  return (
    <ChartCard
      testId="chart-workload"
      title={t('supervision.chart.workload')}
      hint={t('supervision.chart.workloadHint')}
      option={option}
      table={{
        columns: [
          t('supervision.chart.step'),
          t('supervision.chart.department'),
          t('supervision.chart.openTasks'),
          t('supervision.chart.overdueTasks'),
          t('supervision.chart.avgWait'),
          t('supervision.chart.maxWait'),
        ],
        rows: data.rows.map((row) => [
          row.nodeName,
          row.departmentName,
          row.open,
          row.overdue,
          row.avgWaitHours,
          row.maxWaitHours,
        ]),
      }}
    />
  );
}
