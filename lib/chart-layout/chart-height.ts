/** Heights of the drawn charts before recharts loads (placeholders, embed frames); pure, shared by lib/cards and components/charts. */
import { barLayout } from "./bars";
import type { HorizontalBarChartProps } from "./chart-props";

/**
 * The bar chart's height before recharts loads, so the placeholder holds the space: the layout at a desktop card's
 * width (on a phone, wrapped names can make the drawn chart taller).
 */
export function barChartHeight(props: Pick<HorizontalBarChartProps, "data" | "series" | "reference" | "labelWidth">): number {
  return barLayout({
    labels: props.data.map((d) => d.label),
    totals: props.data.map((d) => props.series.reduce((s, x) => s + (d.values[x.key] ?? 0), 0)),
    valueLabels: props.data.map((d) => d.display),
    labelWidth: props.labelWidth ?? 170,
    reference: props.reference ? { value: props.reference.value, text: `${props.reference.label}: ${props.reference.display}` } : undefined,
    legend: props.series.length > 1 ? props.series.map((s) => s.label) : undefined,
    integer: false,
    width: 760,
  }).height;
}

export const LINE_CHART_HEIGHT = 340;
