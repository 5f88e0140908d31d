import { staticChart } from "@/lib/static-chart/render";
import { lineTips } from "@/lib/static-chart/tips";
import { IntentChart } from "./IntentChart";
import { StaticChart } from "./StaticChart";
import { LINE_CHART_HEIGHT, type TimeSeriesChartProps } from "./chart-types";

export type { LinePoint, LineSeries } from "./chart-types";

/** Time series: drawn in the server HTML, live on intent (see LazyHorizontalBarChart). See TimeSeriesChart for the chart itself. */
export async function LazyTimeSeriesChart(props: TimeSeriesChartProps) {
  const drawn = await staticChart("line", props);
  return (
    <IntentChart kind="line" chartKey={drawn?.key} props={drawn ? undefined : props} height={LINE_CHART_HEIGHT} tips={lineTips(props)}>
      {drawn ? <StaticChart chartKey={drawn.key} copies={drawn.html.length} ariaLabel={props.ariaLabel} /> : null}
    </IntentChart>
  );
}
