/** Props and sizes of the charts, shared by the lazy wrappers (LazyHorizontalBarChart, LazyTimeSeriesChart) and the recharts code they load. */
import type { Lang } from "@/lib/i18n";

export type BarDatum = { label: string; values: Record<string, number | null>; display: string; highlight?: boolean };
export type BarSeries = { key: string; label: string; color?: string };
export type HorizontalBarChartProps = {
  data: BarDatum[];
  series: BarSeries[];
  decimals?: number;
  reference?: { label: string; value: number; display: string };
  labelWidth?: number;
  ariaLabel: string;
  lang: Lang;
};

export type LineSeries = {
  key: string; label: string; color: string; dashed?: boolean;
  marker: "circle" | "square" | "diamond" | "triangle" | "cross" | "star" | "wye";
};
export type LinePoint = { period: string; values: Record<string, number | null> };
export type TimeSeriesChartProps = {
  data: LinePoint[];
  series: LineSeries[];
  decimals?: number;
  /** Periods after which the series is not comparable; drawn as a labelled vertical line. */
  breaks?: { between: [string, string]; label: string }[];
  ariaLabel: string;
  lang: Lang;
};

const ROW = 28;
/** The bar chart's height, known before recharts loads, so the placeholder holds the same space (no layout shift). */
export function barChartHeight(rows: number, seriesCount: number): number {
  return Math.max(120, rows * ROW + 70 + (seriesCount > 1 ? 30 : 0));
}
export const LINE_CHART_HEIGHT = 340;

/**
 * Tick count for an axis of whole numbers from 0 (counts of records). recharts rounds the axis up to a "nice" maximum
 * with five ticks, so a chart whose longest bar is 2 got an axis to 4, and every bar half the width it could have.
 * A small maximum gets one tick per whole number instead (0, 1, 2). Undefined, i.e. recharts' default, for decimals,
 * negative values and larger maxima. `totals` are the bars' full lengths (the sum of a stacked row), plus any
 * reference line's value.
 */
export function countAxisTickCount(totals: number[], decimals: number): number | undefined {
  if (decimals > 0 || totals.some((t) => t < 0 || !Number.isInteger(t))) return undefined;
  const max = Math.max(0, ...totals);
  return max < 4 ? Math.max(2, max + 1) : undefined;
}
