/**
 * The light tooltip's text, one entry per category in drawing order (a bar chart's rows, a line chart's periods):
 * `[title, [[series, value], …]]`, formatted as the live chart's tooltip formats them. Small on purpose: this is all
 * the chart data the page sends to the browser before the user reaches the chart (the live chart fetches its props).
 */
import { LOCALE, missingText } from "@/lib/i18n";
import type { HorizontalBarChartProps, TimeSeriesChartProps } from "@/lib/chart-layout/chart-props";

export type Tip = [title: string, lines: [name: string, value: string][]];

export function barTips({ data, series, decimals = 0, lang }: HorizontalBarChartProps): Tip[] {
  const nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals });
  const fmt = (v: number | null | undefined) => (typeof v === "number" ? nf.format(v) : missingText(lang));
  return data.map((d) => [d.label, series.length === 1 ? [[series[0].label, d.display]] : series.map((s) => [s.label, fmt(d.values[s.key])])]);
}

export function lineTips({ data, series, decimals = 0, lang }: TimeSeriesChartProps): Tip[] {
  const nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
  return data.map((d) => [d.period, series.map((s) => [s.label, typeof d.values[s.key] === "number" ? nf.format(d.values[s.key] as number) : missingText(lang)])]);
}

/** The index of the position nearest to `at` (positions in drawing order; null: not drawn), or -1 when none is. */
export function nearestIndex(positions: (number | null)[], at: number): number {
  let best = -1;
  let dist = Infinity;
  positions.forEach((p, i) => {
    if (p === null) return;
    const d = Math.abs(p - at);
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return best;
}

/** Parses an SVG's `data-pos` ("12.5,40,,67"): empty entries are categories without a drawn position. */
export function parsePositions(attr: string | null): (number | null)[] {
  if (!attr) return [];
  return attr.split(",").map((s) => (s === "" ? null : Number(s)));
}
