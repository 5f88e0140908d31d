import { legendLayout, type LegendLayout } from "./legend";
import { lineHeight, textWidth } from "./measure";
import { niceTicks, tickCapacity } from "./ticks";
import { wrapText, type WrappedText } from "./wrap";

export const CHART_FONT_SIZE = 13;
const ROW_MIN = 28;
const ROW_PADDING = 8;
export const AXIS_HEIGHT = 26;
const LABEL_GAP = 6;
const TICK_GAP = 8;
export const LEGEND_SYMBOL = 14;

export type BarLayoutInput = {
  /** Category names, in drawing order (top to bottom). */
  labels: string[];
  /** Each bar's full length (a stacked row's sum). */
  totals: number[];
  /** The value label printed after each bar. */
  valueLabels: string[];
  /** Widest the label column may be; on narrow charts it gets at most 40 % of the width. */
  labelWidth: number;
  /** The reference line (Riket): value and its label text ("Riket: 517"). */
  reference?: { value: number; text: string };
  /** Legend entries (stacked series); none for a single series. */
  legend?: string[];
  integer: boolean;
  width: number;
};

export type BarLayout = {
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Width of the category label column (recharts YAxis width), including the gap to the axis. */
  labelColumn: number;
  rowHeight: number;
  labels: WrappedText[];
  ticks: number[];
  domain: [number, number];
  /** Left edge of each value label, px from the chart's left edge. */
  valueLabelX: number[];
  reference?: { x: number; labelX: number; labelY: number; anchor: "start" | "middle" | "end" };
  legend: LegendLayout & { top: number; left: number };
  plot: { left: number; right: number; top: number; bottom: number };
};

/** The row height that fits a label of `lines` lines. */
export function rowHeightFor(lines: number): number {
  return Math.max(ROW_MIN, lines * lineHeight(CHART_FONT_SIZE) + ROW_PADDING);
}

/** Chart height for rows of a given height (used before the chart is drawn, to hold its space). */
export function barsHeight(rows: number, rowHeight: number, top: number): number {
  return top + rows * rowHeight + AXIS_HEIGHT + 8;
}

/**
 * Everything about a horizontal bar chart that depends on text: the label column and its wrapped labels, a row
 * height all labels fit in, the value axis ticks, where each value label goes so that the reference line never
 * runs through it, and where the reference label goes so that it stays inside the chart. Pure and measured with the
 * font-metrics table, so a browser and a simulated DOM give the same drawing.
 */
export function barLayout(input: BarLayoutInput): BarLayout {
  const fs = CHART_FONT_SIZE;
  const { width, totals, valueLabels, reference } = input;
  const labelText = Math.min(input.labelWidth, Math.max(90, Math.round(width * 0.4))) - TICK_GAP;
  const labels = input.labels.map((l) => wrapText(l, labelText, fs, 3));
  const rowHeight = rowHeightFor(Math.max(1, ...labels.map((l) => l.lines.length)));
  const labelColumn = labelText + TICK_GAP;
  const left = 4;
  const legend = legendLayout(input.legend ?? [], width - left - 8, fs, LEGEND_SYMBOL);
  const refBand = reference ? lineHeight(fs) + 8 : 8;
  const top = (legend.height ? legend.height + 6 : 0) + refBand;
  const valueWidths = valueLabels.map((v) => textWidth(v, fs));
  const maxValue = Math.max(0, ...valueWidths);
  const plotLeft = left + labelColumn;

  // The right margin holds the value labels; a label moved past the reference line needs a little more.
  let right = Math.ceil(maxValue + LABEL_GAP + 8);
  let result: BarLayout | null = null;
  for (let attempt = 0; attempt < 6; attempt++) {
    const plotRight = width - right;
    const plotWidth = Math.max(40, plotRight - plotLeft);
    const lo = Math.min(0, ...totals, reference?.value ?? 0);
    const hi = Math.max(0, ...totals, reference?.value ?? 0);
    const tickLabel = Math.max(textWidth(String(Math.round(hi)), fs), textWidth(String(Math.round(lo)), fs)) + 8;
    const { ticks, domain } = niceTicks(lo, hi, Math.min(6, tickCapacity(plotWidth, tickLabel)), input.integer);
    const x = (v: number) => plotLeft + ((v - domain[0]) / (domain[1] - domain[0])) * plotWidth;
    const refX = reference ? x(reference.value) : null;
    const valueLabelX = totals.map((t, i) => {
      const start = x(Math.max(t, 0)) + LABEL_GAP;
      const end = start + valueWidths[i];
      // The dashed line would cross this label: put the label just past the line instead.
      if (refX !== null && refX >= start - 3 && refX <= end + 3) return refX + LABEL_GAP;
      return start;
    });
    const overflow = Math.max(0, ...valueLabelX.map((s, i) => s + valueWidths[i] + 2 - width));
    let ref: BarLayout["reference"];
    if (reference && refX !== null) {
      const w = textWidth(reference.text, fs);
      const anchor = refX - w / 2 < plotLeft ? "start" : refX + w / 2 > width - 2 ? "end" : "middle";
      ref = { x: refX, labelX: anchor === "start" ? Math.max(refX - 4, plotLeft - 4) : anchor === "end" ? Math.min(refX + 4, width - 2) : refX, labelY: top - 8, anchor };
    }
    const plot = { left: plotLeft, right: plotRight, top, bottom: top + rowHeight * labels.length };
    result = {
      height: barsHeight(labels.length, rowHeight, top),
      margin: { top, right, bottom: 8, left },
      labelColumn, rowHeight, labels, ticks, domain, valueLabelX, reference: ref,
      legend: { ...legend, top: 4, left }, plot,
    };
    if (overflow === 0) break;
    // Too narrow to fit even after widening the margin (a chart not measured yet): labels end at the edge.
    if (attempt === 5) result.valueLabelX = valueLabelX.map((s, i) => Math.min(s, width - valueWidths[i] - 2));
    right += Math.ceil(overflow);
  }
  return result!;
}
