import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n/t';
import { percent } from '../../shared-ui/format';
import { LIVE, onTimeQuery } from '../api';
import { ChartCard } from './ChartCard';
import { COLOURS } from './echarts';

const rateColour = (rate: number | null) =>
  rate === null ? COLOURS.muted : rate >= 0.95 ? COLOURS.normal : rate >= 0.8 ? COLOURS.yellow : COLOURS.red;

/** 按时办结率 by department or by item, best first, with every figure behind it in the data table. */
export function OnTimeChart() {
  const [by, setBy] = useState<'department' | 'item'>('department');
  const { data } = useQuery({ ...onTimeQuery(by), ...LIVE, placeholderData: keepPreviousData });
  const toggle = (
    <Segmented
      size="small"
      aria-label={t('supervision.chart.dimension')}
      value={by}
      onChange={(value) => setBy(value as 'department' | 'item')}
      options={[
        { value: 'department', label: t('supervision.chart.byDepartment') },
        { value: 'item', label: t('supervision.chart.byItem') },
      ]}
    />
  );
  if (!data) return <Skeleton active />;
  const rows = [...data.rows].sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1));
  const option = {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${value}%` },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.name) },
    series: [
      {
        name: t('supervision.chart.onTime'),
        type: 'bar',
        barMaxWidth: 20,
        label: {
          show: true,
          position: 'right',
          formatter: ({ value }: { value: number | null }) => (value === null ? '—' : `${value}%`),
        },
        // No finished step or item yet: no rate, shown as — rather than 0 %.
        data: rows.map((row) => ({
          value: row.onTimeRate === null ? null : Math.round(row.onTimeRate * 1000) / 10,
          itemStyle: { color: rateColour(row.onTimeRate) },
        })),
      },
    ],
  };
  return (
    <ChartCard
      testId="chart-on-time"
      title={`${t('supervision.chart.onTime')}（${by === 'department' ? t('supervision.chart.byDepartment') : t('supervision.chart.byItem')}）`}
      toolbar={toggle}
      option={option}
      height={Math.max(160, rows.length * 36 + 24)}
      table={{
        columns: [
          t('supervision.figures.name'),
          t('supervision.figures.total'),
          t('supervision.figures.open'),
          t('supervision.figures.finished'),
          t('supervision.figures.onTime'),
          t('supervision.figures.overdue'),
          t('supervision.figures.onTimeRate'),
          t('supervision.figures.avgDaysShort'),
        ],
        rows: rows.map((row) => [
          row.name,
          row.total,
          row.open,
          row.finished,
          row.onTime,
          row.overdue,
          percent(row.onTimeRate),
          row.avgWorkingDays ?? '—',
        ]),
      }}
    />
  );
}
