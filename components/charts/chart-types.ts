/** Props and sizes of the charts, shared by the lazy wrappers (LazyHorizontalBarChart, LazyTimeSeriesChart) and the recharts code they load. */
export type { BarDatum, BarSeries, HorizontalBarChartProps, LineSeries, LinePoint, TimeSeriesChartProps } from "@/lib/chart-layout/chart-props";
export { barChartHeight, LINE_CHART_HEIGHT } from "@/lib/chart-layout/chart-height";
