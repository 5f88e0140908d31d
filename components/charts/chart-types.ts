/** Props and sizes of the charts, shared by the lazy wrappers (LazyHorizontalBarChart, LazyTimeSeriesChart) and the recharts code they load. */
import type { Lang } from "@/lib/i18n";
import { barLayout } from "@/lib/chart-layout";

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
/** One period of the series; `year` places it on the time axis (a period "2021–2025" sits at its last year). */
export type LinePoint = { period: string; year: number; values: Record<string, number | null> };
export type TimeSeriesChartProps = {
  data: LinePoint[];
  series: LineSeries[];
  decimals?: number;
  /** Periods between which the series is not comparable: the lines stop there, and a labelled vertical line marks it. */
  breaks?: { between: [string, string]; label: string }[];
  ariaLabel: string;
  lang: Lang;
};

/**
 * The bar chart's height before recharts loads, so the placeholder holds the space: the layout at a desktop card's
 * width (on a phone, wrapped names can make the drawn chart taller).
 */
export function barChartHeight(props: Pick<HorizontalBarChartProps, "data" | "series" | "reference" | "labelWidth">): number {
  return barLayout({
    labels: props.data.map((d) => d.label),
    totals: props.data.map((d) => props.series.reduce((s, x) => s + (d.values[x.key] ?? 0), 0)),
    valueLabels: props.data.map((d) => d.display),
    labelWidth: props.labelWidth ?? 170,
    reference: props.reference ? { value: props.reference.value, text: `${props.reference.label}: ${props.reference.display}` } : undefined,
    legend: props.series.length > 1 ? props.series.map((s) => s.label) : undefined,
    integer: false,
    width: 760,
  }).height;
}
export const LINE_CHART_HEIGHT = 340;
