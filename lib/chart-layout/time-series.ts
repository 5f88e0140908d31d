import { CHART_FONT_SIZE, AXIS_HEIGHT } from "./bars";
import { legendLayout, type LegendLayout } from "./legend";
import { lineHeight, textWidth } from "./measure";
import { niceTicks, yearTicks } from "./ticks";

export const LINE_LEGEND_SYMBOL = 26;

export type TimeSeriesLayoutInput = {
  width: number;
  height: number;
  years: number[];
  values: number[];
  /** Formats a y tick as it is drawn ("1 234"). */
  format: (v: number) => string;
  legend: string[];
  /** Series breaks: the break lies between the two years; `label` is drawn at its top. */
  breaks: { between: [number, number]; label: string }[];
};

export type TimeSeriesLayout = {
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  /** Space between the plot's edges and the first and last year (recharts XAxis padding). */
  xInset: number;
  xTicks: number[];
  xDomain: [number, number];
  yTicks: number[];
  yDomain: [number, number];
  legend: LegendLayout & { top: number; left: number };
  breaks: { x: number; year: number; label: string; labelX: number; labelY: number; anchor: "start" | "middle" | "end" }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

/**
 * The time series chart's text layout: a year axis that is a real number line (2014 → 2019 five times as wide as
 * 2019 → 2020) with as many whole-year ticks as fit, a value axis as wide as its widest tick label, the legend in
 * rows that fit the width, and series-break labels kept inside the chart and clear of the axis labels.
 */
export function timeSeriesLayout(input: TimeSeriesLayoutInput): TimeSeriesLayout {
  const fs = CHART_FONT_SIZE;
  const { width, height, years } = input;
  const left = 4;
  const legend = legendLayout(input.legend, width - left - 8, fs, LINE_LEGEND_SYMBOL);
  const breakBand = input.breaks.length ? lineHeight(fs) + 6 : 0;
  const top = (legend.height ? legend.height + 8 : 0) + breakBand + 12;
  const plotHeight = height - top - AXIS_HEIGHT - 8;
  const lo = Math.min(...input.values);
  const hi = Math.max(...input.values);
  const { ticks: yTicks, domain: yDomain } = niceTicks(lo, hi, Math.max(2, Math.min(6, Math.floor(plotHeight / 40))));
  const yAxisWidth = Math.ceil(Math.max(...yTicks.map((t) => textWidth(input.format(t), fs)))) + 10;
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  // The first and last years sit half a year label in from the plot's edges, so their labels clear the value axis's
  // lowest label and stay inside the chart, and their markers do not sit on the axis line.
  const inset = Math.ceil(textWidth(String(lastYear), fs) / 2) + 6;
  const right = 8;
  const plotLeft = left + yAxisWidth;
  const plotRight = width - right;
  const plotWidth = Math.max(40, plotRight - plotLeft - 2 * inset);
  const xTicks = yearTicks(firstYear, lastYear, plotWidth, fs);
  const xDomain: [number, number] = lastYear > firstYear ? [firstYear, lastYear] : [firstYear - 1, firstYear + 1];
  const x = (y: number) => plotLeft + inset + ((y - xDomain[0]) / (xDomain[1] - xDomain[0])) * plotWidth;
  const breaks = input.breaks.map((b) => {
    const year = (b.between[0] + b.between[1]) / 2;
    const bx = x(year);
    const w = textWidth(b.label, fs);
    const anchor: "start" | "middle" | "end" = bx - w / 2 < plotLeft ? "start" : bx + w / 2 > width - 2 ? "end" : "middle";
    const labelX = anchor === "start" ? Math.max(bx - 4, plotLeft) : anchor === "end" ? Math.min(bx + 4, width - 2) : bx;
    return { x: bx, year, label: b.label, labelX, labelY: top - 10, anchor };
  });
  return {
    margin: { top, right, bottom: 8, left },
    yAxisWidth, xInset: inset, xTicks, xDomain, yTicks, yDomain,
    legend: { ...legend, top: 4, left },
    breaks,
    plot: { left: plotLeft, right: plotRight, top, bottom: top + plotHeight },
  };
}
