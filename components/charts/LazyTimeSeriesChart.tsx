"use client";
import dynamic from "next/dynamic";
import { LazyChart } from "./LazyChart";
import { LINE_CHART_HEIGHT, type TimeSeriesChartProps } from "./chart-types";

export type { LinePoint, LineSeries } from "./chart-types";

const Impl = dynamic(() => import("./TimeSeriesChart"), { ssr: false });

/** Time series (recharts), loaded when the chart comes into view. See TimeSeriesChart for the chart itself. */
export function LazyTimeSeriesChart(props: TimeSeriesChartProps) {
  return (
    <LazyChart height={LINE_CHART_HEIGHT}>
      <Impl {...props} />
    </LazyChart>
  );
}
