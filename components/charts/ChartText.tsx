import { CHART_FONT_SIZE, lineHeight, type WrappedText } from "@/lib/chart-layout";

/**
 * A category label already wrapped by lib/chart-layout, drawn right-aligned at (x, y) and centred on y. An
 * abbreviated label carries the full name as its <title> (the tooltip and the table twin have it too).
 */
export function WrappedLabel({ x, y, label, full, code }: { x: number; y: number; label: WrappedText; full: string; code?: string }) {
  const lh = lineHeight(CHART_FONT_SIZE);
  const first = y - ((label.lines.length - 1) * lh) / 2;
  return (
    <text x={x} y={first} textAnchor="end" dominantBaseline="central" fill="var(--text)" fontSize={CHART_FONT_SIZE} data-code={code}>
      {label.abbreviated ? <title>{full}</title> : null}
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} y={first + i * lh}>{line}</tspan>
      ))}
    </text>
  );
}
