import { lineHeight, textWidth } from "./measure";

export type LegendItemBox = { x: number; y: number; width: number; label: string };
export type LegendLayout = { items: LegendItemBox[]; height: number };

/**
 * A legend as a row of items (symbol, gap, label) that wraps onto more rows when it does not fit `width`.
 * `x`/`y` are the item's symbol left edge and the row's vertical centre, relative to the legend's top left corner.
 */
export function legendLayout(labels: string[], width: number, fontSize: number, symbolWidth: number): LegendLayout {
  const rowHeight = lineHeight(fontSize) + 4;
  const gap = 6;
  const between = 16;
  const items: LegendItemBox[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const w = symbolWidth + gap + textWidth(label, fontSize);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    items.push({ x, y: row * rowHeight + rowHeight / 2, width: w, label });
    x += w + between;
  }
  return { items, height: labels.length ? (row + 1) * rowHeight : 0 };
}
