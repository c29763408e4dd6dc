import { Card, Empty, Switch } from 'antd';
import EChartsCore from 'echarts-for-react/esm/core';
import { type ReactNode, useId, useState } from 'react';
import { t } from '../../i18n/t';
import { echarts } from './echarts';

export interface DataTable {
  columns: string[];
  /** The first cell of each row is its header (row scope). */
  rows: (string | number)[][];
}

/**
 * A chart with the numbers behind it: the canvas is an image with an aria-label, and the same figures are a
 * table with caption and headers — visually hidden until 数据表 shows it, always there for screen readers.
 */
export function ChartCard({
  title,
  hint,
  option,
  table,
  toolbar,
  height = 300,
  testId,
}: {
  title: string;
  hint?: string;
  option: object;
  table: DataTable;
  /** Controls above the chart (e.g. the dimension switch). */
  toolbar?: ReactNode;
  height?: number;
  testId: string;
}) {
  const [showTable, setShowTable] = useState(false);
  const switchId = useId();
  return (
    <Card
      title={<h2 className="sv-card-title">{title}</h2>}
      data-testid={testId}
      extra={
        <span className="sv-chart-extra">
          <label htmlFor={switchId} className="sv-switch">
            {t('supervision.dataTable')}
          </label>
          <Switch id={switchId} size="small" checked={showTable} onChange={setShowTable} />
        </span>
      }
    >
      {toolbar ? <div className="sv-chart-toolbar">{toolbar}</div> : null}
      {hint ? <p className="ui-muted sv-chart-hint">{hint}</p> : null}
      {table.rows.length === 0 ? (
        <Empty description={t('supervision.chart.empty')} />
      ) : (
        <div role="img" aria-label={t('supervision.chart.aria').replace('{title}', title)}>
          <EChartsCore echarts={echarts} option={option} notMerge style={{ height }} opts={{ renderer: 'canvas' }} />
        </div>
      )}
      <div className={showTable ? 'ui-table-wrap' : 'ui-visually-hidden'}>
        <table className="ui-table ui-table--compact" data-testid={`${testId}-table`}>
          <caption className={showTable ? 'ui-visually-hidden' : undefined}>{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(([head, ...cells], index) => (
              <tr key={`${head}-${index}`}>
                <th scope="row">{head}</th>
                {cells.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
