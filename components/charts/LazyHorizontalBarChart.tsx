"use client";
import dynamic from "next/dynamic";
import { LazyChart } from "./LazyChart";
import { barChartHeight, type HorizontalBarChartProps } from "./chart-types";

export type { BarDatum, BarSeries } from "./chart-types";

const Impl = dynamic(() => import("./HorizontalBarChart"), { ssr: false });

/**
 * Horizontal bars (recharts), loaded when the chart comes into view: recharts is not part of any page's first load.
 * See HorizontalBarChart for the chart itself.
 */
export function LazyHorizontalBarChart(props: HorizontalBarChartProps) {
  const height = barChartHeight(props);
  return (
    <LazyChart height={height}>
      <Impl {...props} />
    </LazyChart>
  );
}
