"use client";
import { useRef } from "react";
import {
  Bar, BarChart as RBarChart, CartesianGrid, Cell, LabelList, Legend, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis,
  type RectangleProps,
} from "recharts";
import { LOCALE } from "@/lib/i18n";
import { BAR_COLOR, HIGHLIGHT_COLOR, RIKET_COLOR } from "@/lib/palette";

import { barChartHeight, countAxisTickCount, type HorizontalBarChartProps } from "./chart-types";
import { useChartWidth } from "./chart-width";

const keepZeroWidth = (p: RectangleProps) => <Rectangle {...p} />;

/**
 * Horizontal bars (long Swedish region and theme names read best on the y axis). One series, or several stacked.
 * Every bar carries its value as a label, so colour never carries the meaning alone.
 * All text comes from the caller (labels, `display`, `reference`, `ariaLabel`), already in `lang`; `lang` sets the
 * number format of the axis ticks and the tooltip.
 */
export default function HorizontalBarChart({ data, series, decimals = 0, reference, labelWidth = 170, ariaLabel, lang }: HorizontalBarChartProps) {
  const nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals });
  // Long names get at most 40 % of the width on narrow screens, so the bars stay readable on a phone.
  const frame = useRef<HTMLDivElement>(null);
  const width = useChartWidth(frame);
  const yWidth = Math.min(labelWidth, Math.max(90, Math.round(width * 0.4)));
  const height = barChartHeight(data.length, series.length);
  const rows = data.map((d) => ({ label: d.label, display: d.display, highlight: d.highlight ?? false, ...d.values }));
  const lastKey = data.map((d) => [...series].reverse().find((s) => (d.values[s.key] ?? 0) > 0)?.key);
  const stacked = series.length > 1;
  const totals = data.map((d) => series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0));
  const tickCount = countAxisTickCount(reference ? [...totals, reference.value] : totals, decimals);
  return (
    <div className="chart-frame" style={{ height }} ref={frame}>
      {width > 0 ? (
        <RBarChart
          width={width}
          height={height}
          data={rows}
          layout="vertical"
          margin={{ top: reference ? 24 : 8, right: 64, bottom: 8, left: 8 }}
          accessibilityLayer
          aria-label={ariaLabel}
          barCategoryGap={4}
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis type="number" tickFormatter={(v: number) => nf.format(v)} stroke="var(--muted)" tick={{ fill: "var(--muted)", fontSize: 13 }} allowDecimals={decimals > 0} tickCount={tickCount} />
          <YAxis
            type="category" dataKey="label" width={yWidth} interval={0}
            tick={{ fill: "var(--text)", fontSize: 13 }} stroke="var(--muted)"
          />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? nf.format(v) : String(v ?? ""))}
            contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }}
            cursor={{ fill: "var(--bg-soft)" }}
          />
          {stacked ? <Legend verticalAlign="top" wrapperStyle={{ fontSize: 13, paddingBottom: 6 }} /> : null}
          {series.map((s, i) => (
            <Bar
              key={s.key} dataKey={s.key} name={s.label} stackId={stacked ? "s" : undefined} fill={s.color ?? BAR_COLOR} isAnimationActive={false}
              // recharts drops zero-width bars, and their labels with them, unless the bar has its own shape. The first
              // series keeps them (drawn as nothing), so a row with no records still gets its total, "0".
              shape={stacked && i === 0 ? keepZeroWidth : undefined}
            >
              {!stacked
                ? rows.map((r) => <Cell key={r.label} fill={r.highlight ? HIGHLIGHT_COLOR : s.color ?? BAR_COLOR} />)
                : null}
              {!stacked && i === 0 ? (
                <LabelList dataKey="display" position="right" style={{ fill: "var(--text)", fontSize: 13, fontVariantNumeric: "tabular-nums" }} />
              ) : null}
              {stacked ? (
                // The total goes after the last non-empty segment of each row, whichever kinds the row has.
                <LabelList
                  dataKey="display"
                  content={(p) => {
                    const idx = Number(p.index);
                    // A row with nothing in any segment still shows its total ("0") at the axis, on the first series.
                    const owner = lastKey[idx] ?? series[0].key;
                    if (owner !== s.key) return null;
                    const x = Number(p.x) + Math.max(0, Number(p.width) || 0) + 6;
                    const y = Number(p.y) + Number(p.height) / 2;
                    return (
                      <text x={x} y={y} dominantBaseline="central" fill="var(--text)" fontSize={13} style={{ fontVariantNumeric: "tabular-nums" }}>
                        {rows[idx]?.display}
                      </text>
                    );
                  }}
                />
              ) : null}
            </Bar>
          ))}

          {reference ? (
            <ReferenceLine
              x={reference.value}
              stroke={RIKET_COLOR}
              strokeDasharray="6 4"
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{ value: `${reference.label}: ${reference.display}`, position: "top", fill: "var(--text)", fontSize: 13 }}
            />
          ) : null}
        </RBarChart>
      ) : null}
    </div>
  );
}
