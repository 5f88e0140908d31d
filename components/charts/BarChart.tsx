import { staticChart } from "@/lib/static-chart/render";
import { barTips } from "@/lib/static-chart/tips";
import { IntentChart } from "./IntentChart";
import { StaticChart } from "./StaticChart";
import { barChartHeight, type BarChartProps } from "./chart-types";

export type { BarDatum, BarSeries } from "./chart-types";

/**
 * Horizontal bars: drawn in the server HTML by BarChartImpl itself (lib/static-chart), and live (recharts) once the
 * user reaches the card (IntentChart). See BarChartImpl for the chart itself.
 */
export async function BarChart(props: BarChartProps) {
  const height = barChartHeight(props.data.length, props.series.length);
  const drawn = await staticChart("bar", props);
  return (
    <IntentChart kind="bar" chartKey={drawn?.key} props={drawn ? undefined : props} height={height} tips={barTips(props)}>
      {drawn ? <StaticChart html={drawn.html} height={height} ariaLabel={props.ariaLabel} /> : null}
    </IntentChart>
  );
}
