import { staticChart } from "@/lib/static-chart/render";
import { barTips } from "@/lib/static-chart/tips";
import { IntentChart } from "./IntentChart";
import { StaticChart } from "./StaticChart";
import { barChartHeight, type HorizontalBarChartProps } from "./chart-types";

export type { BarDatum, BarSeries } from "./chart-types";

/**
 * Horizontal bars: drawn in the server HTML by HorizontalBarChart itself (lib/static-chart), and live (recharts) once
 * the user reaches the card (IntentChart). See HorizontalBarChart for the chart itself.
 */
export async function LazyHorizontalBarChart(props: HorizontalBarChartProps) {
  const height = barChartHeight(props);
  const drawn = await staticChart("bar", props);
  return (
    <IntentChart kind="bar" chartKey={drawn?.key} props={drawn ? undefined : props} height={height} tips={barTips(props)}>
      {drawn ? <StaticChart chartKey={drawn.key} copies={drawn.html.length} ariaLabel={props.ariaLabel} /> : null}
    </IntentChart>
  );
}
