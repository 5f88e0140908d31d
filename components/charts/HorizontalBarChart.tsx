"use client";
import { useRef } from "react";
import {
  Bar, BarChart as RBarChart, CartesianGrid, Cell, LabelList, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis,
  type RectangleProps,
} from "recharts";
import { LOCALE } from "@/lib/i18n";
import { BAR_COLOR, HIGHLIGHT_COLOR, RIKET_COLOR } from "@/lib/palette";
import { AXIS_HEIGHT, CHART_FONT_SIZE, LEGEND_SYMBOL, barLayout } from "@/lib/chart-layout";

import type { HorizontalBarChartProps } from "./chart-types";
import { useChartWidth } from "./chart-width";
import { WrappedLabel } from "./ChartText";
import { SvgLegend } from "./SvgLegend";

/**
 * recharts drops zero-width bars, and their labels with them, unless the bar has its own shape: the stacked charts
 * need it for the label "0" of a row with no records.
 */
const keepZeroWidth = (p: RectangleProps) => <Rectangle {...p} />;
/**
 * A one-series bar of a region row sits in a group that names the county (`data-code`), so "my region" can be marked
 * by CSS on pages drawn without it (MyRegionCarry). Stacked rows are marked by their name only (also `data-code`),
 * which keeps their kind colours and the page's bytes down.
 */
function CodedBar(p: RectangleProps & { payload?: { code?: string } }) {
  return p.payload?.code ? <g data-code={p.payload.code}><Rectangle {...p} /></g> : <Rectangle {...p} />;
}
const FS = CHART_FONT_SIZE;

/**
 * Horizontal bars (long Swedish region and theme names read best on the y axis). One series, or several stacked.
 * Every bar carries its value as a label, so colour never carries the meaning alone. All text is placed by
 * lib/chart-layout (barLayout): names wrap into the label column, rows are as tall as the tallest name, and a value
 * label that the reference line (Riket) would cross is moved past the line.
 * All text comes from the caller (labels, `display`, `reference`, `ariaLabel`), already in `lang`; `lang` sets the
 * number format of the axis ticks and the tooltip.
 */
export default function HorizontalBarChart({ data, series, decimals = 0, reference, labelWidth = 170, ariaLabel, lang }: HorizontalBarChartProps) {
  const nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals });
  const frame = useRef<HTMLDivElement>(null);
  const width = useChartWidth(frame);
  const stacked = series.length > 1;
  const rows = data.map((d) => ({ label: d.label, display: d.display, highlight: d.highlight ?? false, code: d.code, ...d.values }));
  const lastKey = data.map((d) => [...series].reverse().find((s) => (d.values[s.key] ?? 0) > 0)?.key);
  const totals = data.map((d) => series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0));
  const referenceText = reference ? `${reference.label}: ${reference.display}` : "";
  const layout = barLayout({
    labels: data.map((d) => d.label),
    totals,
    valueLabels: data.map((d) => d.display),
    labelWidth,
    reference: reference ? { value: reference.value, text: referenceText } : undefined,
    legend: stacked ? series.map((s) => s.label) : undefined,
    integer: decimals === 0 && totals.every(Number.isInteger),
    width: Math.max(width, 1),
  });
  return (
    <div className="chart-frame" style={{ height: layout.height }} ref={frame}>
      {width > 0 ? (
        <RBarChart
          width={width}
          height={layout.height}
          data={rows}
          layout="vertical"
          margin={layout.margin}
          accessibilityLayer
          aria-label={ariaLabel}
          barCategoryGap={4}
          maxBarSize={22}
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number" domain={layout.domain} ticks={layout.ticks} interval={0} height={AXIS_HEIGHT}
            tickFormatter={(v: number) => nf.format(v)} stroke="var(--muted)" tick={{ fill: "var(--muted)", fontSize: FS }} allowDataOverflow
          />
          <YAxis
            type="category" dataKey="label" width={layout.labelColumn} interval={0} stroke="var(--muted)"
            tick={(p: { x: number | string; y: number | string; index: number }) => (
              <WrappedLabel x={Number(p.x) - 2} y={Number(p.y)} label={layout.labels[p.index]} full={data[p.index]?.label ?? ""} code={data[p.index]?.code} />
            )}
          />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? nf.format(v) : String(v ?? ""))}
            contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }}
            cursor={{ fill: "var(--bg-soft)" }}
          />
          {series.map((s, i) => (
            <Bar
              key={s.key} dataKey={s.key} name={s.label} stackId={stacked ? "s" : undefined} fill={s.color ?? BAR_COLOR} isAnimationActive={false}
              // The first series of a stacked chart keeps zero-width bars (drawn as nothing), so a row with no records
              // still gets its total, "0".
              shape={stacked ? (i === 0 ? keepZeroWidth : undefined) : data.some((d) => d.code) ? CodedBar : undefined}
            >
              {!stacked
                ? rows.map((r) => <Cell key={r.label} fill={r.highlight ? HIGHLIGHT_COLOR : s.color ?? BAR_COLOR} />)
                : null}
              <LabelList
                dataKey="display"
                content={(p) => {
                  const idx = Number(p.index);
                  // The value goes after the last non-empty segment of each row (a row with nothing: on the first series).
                  const owner = stacked ? lastKey[idx] ?? series[0].key : series[0].key;
                  if (owner !== s.key) return null;
                  return (
                    <text x={layout.valueLabelX[idx]} y={Number(p.y) + Number(p.height) / 2} dominantBaseline="central" fill="var(--text)" fontSize={FS} style={{ fontVariantNumeric: "tabular-nums" }}>
                      {rows[idx]?.display}
                    </text>
                  );
                }}
              />
            </Bar>
          ))}
          {reference && layout.reference ? (
            <ReferenceLine x={reference.value} stroke={RIKET_COLOR} strokeDasharray="6 4" strokeWidth={2} />
          ) : null}
          {layout.reference ? (
            <text className="chart-reference-label" x={layout.reference.labelX} y={layout.reference.labelY} textAnchor={layout.reference.anchor} fill="var(--text)" fontSize={FS}>
              {referenceText}
            </text>
          ) : null}
          {stacked ? (
            <SvgLegend
              layout={layout.legend}
              symbolWidth={LEGEND_SYMBOL}
              symbol={(i, cx, cy) => <rect x={cx - LEGEND_SYMBOL / 2} y={cy - 6} width={LEGEND_SYMBOL} height={12} fill={series[i].color ?? BAR_COLOR} />}
            />
          ) : null}
        </RBarChart>
      ) : null}
    </div>
  );
}
