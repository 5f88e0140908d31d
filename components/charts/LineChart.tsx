"use client";
import dynamic from "next/dynamic";
import { LazyChart } from "./LazyChart";
import { LINE_CHART_HEIGHT, type LineChartProps } from "./chart-types";

export type { LinePoint, LineSeries } from "./chart-types";

const Impl = dynamic(() => import("./LineChartImpl"), { ssr: false });

/** Time series (recharts), loaded when the chart comes into view. See LineChartImpl for the chart itself. */
export function LineChart(props: LineChartProps) {
  return (
    <LazyChart height={LINE_CHART_HEIGHT}>
      <Impl {...props} />
    </LazyChart>
  );
}
