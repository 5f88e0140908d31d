"use client";
import { useRef } from "react";
import { CartesianGrid, Line, LineChart as RLineChart, ReferenceLine, Symbols, Tooltip, XAxis, YAxis } from "recharts";
import { LOCALE, missingText } from "@/lib/i18n";
import { AXIS_HEIGHT, CHART_FONT_SIZE, LINE_LEGEND_SYMBOL, timeSeriesLayout } from "@/lib/chart-layout";

import { LINE_CHART_HEIGHT as HEIGHT, type LineSeries, type TimeSeriesChartProps } from "./chart-types";
import { useChartWidth } from "./chart-width";
import { SvgLegend } from "./SvgLegend";

const FS = CHART_FONT_SIZE;
/** Marker area in px² (recharts Symbols): the same in the chart and in the legend. */
const MARKER = 48;

/** A series' mark: its line (dashed for Riket) through its marker, as the legend draws it. */
function LegendMark({ s, cx, cy }: { s: LineSeries; cx: number; cy: number }) {
  return (
    <g>
      <line x1={cx - LINE_LEGEND_SYMBOL / 2} x2={cx + LINE_LEGEND_SYMBOL / 2} y1={cy} y2={cy} stroke={s.color} strokeWidth={s.dashed ? 2.5 : 2} strokeDasharray={s.dashed ? "6 4" : undefined} />
      <Symbols cx={cx} cy={cy} type={s.marker} size={MARKER} fill={s.color} />
    </g>
  );
}

/**
 * Time series for a few regions and Riket, on a true time axis: years are numbers, so 2014 → 2019 is five times as
 * wide as 2019 → 2020. Riket is a dark dashed line; every series has its own marker shape, drawn the same in the
 * chart and in the legend, so colour never carries the meaning alone. Gaps stay gaps (no line across a missing
 * year), and at a series break the lines stop and a labelled vertical line marks the break.
 * Series labels, break labels and `ariaLabel` come from the caller, already in `lang`; `lang` sets the number format
 * of the axis and the tooltip, and the tooltip's "Uppgift saknas" / "Not available".
 */
export default function TimeSeriesChart({ data, series, decimals = 0, breaks = [], ariaLabel, lang }: TimeSeriesChartProps) {
  const nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
  const frame = useRef<HTMLDivElement>(null);
  const width = useChartWidth(frame);
  const yearOf = new Map(data.map((d) => [d.period, d.year]));
  const yearBreaks = breaks
    .map((b) => ({ between: [yearOf.get(b.between[0]), yearOf.get(b.between[1])] as [number, number], label: b.label }))
    .filter((b) => b.between.every((y) => y !== undefined));
  const values = data.flatMap((d) => Object.values(d.values).filter((v): v is number => v !== null));
  const layout = timeSeriesLayout({
    width: Math.max(width, 1), height: HEIGHT, years: data.map((d) => d.year), values: values.length ? values : [0],
    format: (v) => nf.format(v), legend: series.map((s) => s.label), breaks: yearBreaks,
  });
  // A row with no values at each break: the lines stop there instead of joining years that are not comparable.
  const rows = [
    ...data.map((d) => ({ year: d.year, period: d.period, ...d.values })),
    ...layout.breaks.map((b) => ({ year: b.year, period: b.label, ...Object.fromEntries(series.map((s) => [s.key, null])) })),
  ].sort((a, b) => a.year - b.year);
  const periodAt = new Map(rows.map((r) => [r.year, r.period]));
  return (
    <div className="chart-frame" style={{ height: HEIGHT }} ref={frame}>
      {width > 0 ? (
        <RLineChart width={width} height={HEIGHT} data={rows} margin={layout.margin} accessibilityLayer aria-label={ariaLabel}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis
            type="number" dataKey="year" domain={layout.xDomain} padding={{ left: layout.xInset, right: layout.xInset }} ticks={layout.xTicks} interval={0} height={AXIS_HEIGHT} allowDecimals={false}
            tickFormatter={(v: number) => String(v)} stroke="var(--muted)" tick={{ fill: "var(--muted)", fontSize: FS }}
          />
          <YAxis
            type="number" domain={layout.yDomain} ticks={layout.yTicks} interval={0} width={layout.yAxisWidth} allowDataOverflow
            tickFormatter={(v: number) => nf.format(v)} stroke="var(--muted)" tick={{ fill: "var(--muted)", fontSize: FS }}
          />
          <Tooltip
            labelFormatter={(y) => periodAt.get(Number(y)) ?? String(y)}
            formatter={(v) => (typeof v === "number" ? nf.format(v) : missingText(lang))}
            contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }}
          />
          {layout.breaks.map((b) => (
            <ReferenceLine key={b.year} x={b.year} stroke="var(--warn-border)" strokeWidth={2} strokeDasharray="2 3" />
          ))}
          {layout.breaks.map((b) => (
            <text key={`label-${b.year}`} className="chart-break-label" x={b.labelX} y={b.labelY} textAnchor={b.anchor} fill="var(--text)" fontSize={FS}>
              {b.label}
            </text>
          ))}
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={s.dashed ? 2.5 : 2}
              strokeDasharray={s.dashed ? "6 4" : undefined}
              dot={(p: { cx?: number; cy?: number; index?: number }) =>
                p.cx == null || p.cy == null ? <g key={`${s.key}-${p.index}`} /> : <Symbols key={`${s.key}-${p.index}`} cx={p.cx} cy={p.cy} type={s.marker} size={MARKER} fill={s.color} />
              }
              activeDot={(p: { cx?: number; cy?: number }) => <Symbols cx={p.cx} cy={p.cy} type={s.marker} size={MARKER * 2} fill={s.color} stroke="var(--surface)" strokeWidth={1.5} />}
              legendType={s.marker}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          <SvgLegend layout={layout.legend} symbolWidth={LINE_LEGEND_SYMBOL} symbol={(i, cx, cy) => <LegendMark s={series[i]} cx={cx} cy={cy} />} />
        </RLineChart>
      ) : null}
    </div>
  );
}
