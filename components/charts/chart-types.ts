/** Props and sizes of the charts, shared by the lazy wrappers (BarChart, LineChart) and the recharts code they load. */
import type { Lang } from "@/lib/i18n";

export type BarDatum = { label: string; values: Record<string, number | null>; display: string; highlight?: boolean };
export type BarSeries = { key: string; label: string; color?: string };
export type BarChartProps = {
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
export type LineChartProps = {
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
