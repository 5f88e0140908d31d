import { CHART_FONT_SIZE, type LegendLayout } from "@/lib/chart-layout";

/**
 * A legend drawn inside the chart's SVG at the place lib/chart-layout gave it, so it is measured like every other
 * chart text, never overlaps, and goes into image exports as it is. `symbol` draws each entry's mark exactly as the
 * chart draws it (a bar's colour block, a line with its marker). The class names are recharts' own, so styles and
 * checks that look for legend text find it.
 */
export function SvgLegend({ layout, symbolWidth, symbol }: {
  layout: LegendLayout & { top: number; left: number };
  symbolWidth: number;
  symbol: (index: number, cx: number, cy: number) => React.ReactNode;
}) {
  return (
    <g className="recharts-legend-wrapper chart-legend" transform={`translate(${layout.left},${layout.top})`}>
      {layout.items.map((item, i) => (
        <g key={item.label} className="recharts-legend-item">
          {symbol(i, item.x + symbolWidth / 2, item.y)}
          <text className="recharts-legend-item-text" x={item.x + symbolWidth + 6} y={item.y} dominantBaseline="central" fill="var(--text)" fontSize={CHART_FONT_SIZE}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
