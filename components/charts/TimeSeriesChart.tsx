"use client";
import { useRef } from "react";
import {
  CartesianGrid, Legend, Line, LineChart as RLineChart, ReferenceLine, Tooltip, XAxis, YAxis,
} from "recharts";
import { LOCALE, missingText } from "@/lib/i18n";

import { LINE_CHART_HEIGHT as HEIGHT, type TimeSeriesChartProps } from "./chart-types";
import { useChartWidth } from "./chart-width";

/**
 * Time series for a few regions and Riket. Riket is a dark dashed line; every series has its own marker shape,
 * so colour never carries the meaning alone. Gaps stay gaps (no interpolation across missing years).
 * Series labels, break labels and `ariaLabel` come from the caller, already in `lang`; `lang` sets the number format
 * of the axis and the tooltip, and the tooltip's "Uppgift saknas" / "Not available".
 */
export default function TimeSeriesChart({ data, series, decimals = 0, breaks = [], ariaLabel, lang }: TimeSeriesChartProps) {
  const nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
  const rows = data.map((d) => ({ period: d.period, ...d.values }));
  const frame = useRef<HTMLDivElement>(null);
  const width = useChartWidth(frame);
  return (
    <div className="chart-frame" style={{ height: HEIGHT }} ref={frame}>
      {width > 0 ? (
        <RLineChart width={width} height={HEIGHT} data={rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer aria-label={ariaLabel}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="period" stroke="var(--muted)" tick={{ fill: "var(--muted)", fontSize: 13 }} />
          <YAxis tickFormatter={(v: number) => nf.format(v)} stroke="var(--muted)" tick={{ fill: "var(--muted)", fontSize: 13 }} width={64} domain={["auto", "auto"]} />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? nf.format(v) : missingText(lang))}
            contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", color: "var(--text)" }}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {breaks.map((b) => (
            <ReferenceLine
              key={b.between.join("-")}
              x={b.between[1]}
              stroke="var(--warn-border)"
              strokeWidth={2}
              strokeDasharray="2 3"
              label={{ value: b.label, position: "top", fill: "var(--text)", fontSize: 12 }}
            />
          ))}
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={s.dashed ? 2.5 : 2}
              strokeDasharray={s.dashed ? "6 4" : undefined}
              dot={{ r: 4, fill: s.color, strokeWidth: 0 }}
              legendType={s.marker}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </RLineChart>
      ) : null}
    </div>
  );
}
