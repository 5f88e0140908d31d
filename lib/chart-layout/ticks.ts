import { textWidth } from "./measure";

/** A "nice" step (1, 2, 2,5 or 5 × 10^n) for about `count` intervals over `span`. */
function niceStep(span: number, count: number, integer: boolean): number {
  const raw = span / Math.max(1, count);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/**
 * Ticks for a value axis from `min` to `max` (both included in the domain), at most `maxCount` intervals, nice
 * steps; the domain is the first and last tick. Whole numbers only when `integer` (counts).
 */
export function niceTicks(min: number, max: number, maxCount: number, integer = false): { ticks: number[]; domain: [number, number] } {
  if (!(max > min)) {
    const lo = Math.min(min, 0);
    const hi = max > lo ? max : lo + 1;
    return niceTicks(lo, hi, maxCount, integer);
  }
  const step = niceStep(max - min, maxCount, integer);
  const start = Math.floor(min / step + 1e-9) * step;
  const end = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toFixed(10)));
  return { ticks, domain: [ticks[0], ticks.at(-1)!] };
}

/** How many tick labels fit along `length` px when each needs `labelWidth` px plus a gap. */
export function tickCapacity(length: number, labelWidth: number, gap = 12): number {
  return Math.max(1, Math.floor(length / (labelWidth + gap)));
}

/**
 * Year ticks on a time axis: whole years, every 1, 2, 5, 10 … years, as many as fit side by side without touching,
 * always including the first year; the axis domain is exactly the data's first and last year.
 */
export function yearTicks(firstYear: number, lastYear: number, plotWidth: number, fontSize: number): number[] {
  if (lastYear <= firstYear) return [firstYear];
  const label = textWidth(String(lastYear), fontSize);
  const span = lastYear - firstYear;
  const pxPerYear = plotWidth / span;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => s * pxPerYear >= label + 12) ?? 100;
  const ticks: number[] = [];
  for (let y = firstYear; y <= lastYear; y += step) ticks.push(y);
  return ticks;
}
