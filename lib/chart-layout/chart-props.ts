/** Props of the two chart drawings (bars, time series): shared by lib/ (layout, static tips) and components/charts. */
import type { Lang } from "@/lib/i18n";

/** One row of bars. `code`: the county code when the row is a region, so a page drawn without ?min can still mark it. */
export type BarDatum = { label: string; values: Record<string, number | null>; display: string; highlight?: boolean; code?: string };
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
