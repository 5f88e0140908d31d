/**
 * The one label-layout step every chart uses: text measured from a fixed font-metrics table, wrapped, and placed so
 * that no two texts overlap and none leaves the chart (checked at 360, 768 and 1280 px by e2e/chart-text.spec.ts).
 */
export { textWidth, lineHeight } from "./measure";
export { wrapText, type WrappedText } from "./wrap";
export { niceTicks, yearTicks, tickCapacity } from "./ticks";
export { legendLayout, type LegendLayout } from "./legend";
export { barLayout, barsHeight, rowHeightFor, CHART_FONT_SIZE, AXIS_HEIGHT, LEGEND_SYMBOL, type BarLayout, type BarLayoutInput } from "./bars";
export { timeSeriesLayout, LINE_LEGEND_SYMBOL, type TimeSeriesLayout } from "./time-series";
