// ECharts by modules: only the charts and components the dashboard draws, so the supervision chunk stays small
// (and nothing outside it imports this file: the portal never downloads ECharts).
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };

/** The card colours of ux-portal.md B0 (solid badges), and the info blue. */
export const COLOURS = { red: '#cf1322', yellow: '#faad14', info: '#1d4ed8', normal: '#389e0d', muted: '#8c8c8c' };
