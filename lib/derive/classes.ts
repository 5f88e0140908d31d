/**
 * Classification and ranking helpers for choropleth maps and tables. Pure functions, no locale logic:
 * number formatting is passed in by the caller (e.g. a wrapper around Intl.NumberFormat("sv-SE")).
 *
 * Break convention used throughout: `breaks` are class *boundaries* in ascending order,
 * `[min, t1, t2, …, max]`, giving `breaks.length - 1` classes. Class i holds values v with
 * `breaks[i] <= v < breaks[i + 1]`; the last class also includes `max`. The boundaries are
 * strictly increasing except that the last class may be degenerate (`[max, max]`, i.e. it holds
 * exactly the maximum value) when ties or few distinct values would otherwise merge it into the
 * class below. A single distinct value gives `[v, v]` (one class); no values give `[]`.
 */

/**
 * Five-step sequential palette, light → dark: viridis sampled at 1, 0.75, 0.5, 0.25, 0
 * (#fde725 … #440154). Perceptually uniform, monotonic in lightness and readable with the
 * common colour-vision deficiencies. Contrast against white (#fff): ≈1.2, 2.1, 3.8, 7.5, 15.4,
 * so the three darkest classes meet the 3:1 non-text contrast minimum; the lightest classes rely on
 * the map's dark region borders to stand out from a white background.
 */
export const SEQUENTIAL_PALETTE: readonly string[] = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"];

/** Label used for regions without a value (matches lib/format.ts MISSING). */
export const MISSING_LABEL = "Uppgift saknas";

function finiteSorted(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
}

/**
 * Quantile class boundaries (see the convention above). Thresholds are actual data values, chosen so
 * that each class gets about n/k of the values; equal values always fall in the same class. When a
 * quantile position lands on a value already used as a boundary (ties), the next larger distinct value
 * is used instead, so fewer than k distinct values give one class per distinct value. Non-finite
 * values are ignored. The result has at most k + 1 entries (k classes).
 */
export function classBreaks(values: readonly (number | null | undefined)[], k = 5): number[] {
  const xs = finiteSorted(values);
  const n = xs.length;
  if (n === 0) return [];
  const min = xs[0];
  const max = xs[n - 1];
  if (min === max) return [min, max];
  const classes = Math.max(1, Math.floor(k));
  const cuts: number[] = [];
  for (let j = 1; j < classes; j++) {
    const prev = cuts.length ? cuts[cuts.length - 1] : min;
    let t = xs[Math.min(n - 1, Math.ceil((j * n) / classes))];
    if (t <= prev) {
      const next = xs.find((x) => x > prev);
      if (next === undefined) break;
      t = next;
    }
    cuts.push(t);
    if (t === max) break;
  }
  // cuts are strictly increasing and > min; a last cut equal to max yields the degenerate class [max, max].
  return [min, ...cuts, max];
}

/** Number of classes described by `breaks`. */
export function classCount(breaks: readonly number[]): number {
  return Math.max(0, breaks.length - 1);
}

/**
 * Class index (0 = lowest) of `value` under `breaks`, or -1 when the value is missing/non-finite or
 * there are no breaks. Values outside [min, max] are clamped to the first/last class.
 */
export function classify(value: number | null | undefined, breaks: readonly number[]): number {
  if (value === null || value === undefined || !Number.isFinite(value) || breaks.length < 2) return -1;
  for (let i = breaks.length - 2; i >= 1; i--) if (value >= breaks[i]) return i;
  return 0;
}

/**
 * Colours for `n` classes taken from SEQUENTIAL_PALETTE, spread over the full light → dark range
 * (n = 1 → the middle colour; n = 2 → lightest and darkest; n ≥ 5 → the whole palette, capped at 5).
 */
export function paletteFor(n: number): string[] {
  const p = SEQUENTIAL_PALETTE;
  const m = Math.min(Math.max(0, Math.floor(n)), p.length);
  if (m === 0) return [];
  if (m === 1) return [p[Math.floor(p.length / 2)]];
  return Array.from({ length: m }, (_, i) => p[Math.round((i * (p.length - 1)) / (m - 1))]);
}

/**
 * One legend label per class: "1 234–2 345" (en dash, no spaces) using `format` for the numbers.
 * By default the upper bound of a class is the lower bound of the next (the class holds values up to, not
 * including, it; the last class includes it), so the map states that a value on a boundary belongs to the higher
 * class. With `integers` (every value is a whole number, e.g. counts) the labels say exactly which values each class
 * holds: "5", "6", "8–10", "11–12", so no number appears in two labels. When both ends format to the same text the
 * label is that text alone ("12"), and when a bound is negative the dash is spaced for legibility ("−5 – −2").
 */
export function legendLabels(breaks: readonly number[], format: (n: number) => string, opts: { integers?: boolean } = {}): string[] {
  const labels: string[] = [];
  const last = breaks.length - 2;
  for (let i = 0; i + 1 < breaks.length; i++) {
    const top = opts.integers && i < last ? Math.max(breaks[i], Math.ceil(breaks[i + 1]) - 1) : breaks[i + 1];
    const lo = format(breaks[i]);
    const hi = format(top);
    if (lo === hi) labels.push(lo);
    else labels.push(breaks[i] < 0 || top < 0 ? `${lo} – ${hi}` : `${lo}–${hi}`);
  }
  return labels;
}

export type RankDirection = "desc" | "asc";

/**
 * Competition ranking ("1224"): with direction "desc" the highest value gets rank 1, with "asc" the
 * lowest. Equal values share a rank and the next rank skips accordingly (1, 2, 2, 4). Missing or
 * non-finite values get rank null and do not count. Returns the input items (all fields kept) with
 * `rank` added, in the input order.
 */
export function rankRegions<T extends { region: string; value: number | null }>(
  values: readonly T[],
  direction: RankDirection = "desc",
): (T & { rank: number | null })[] {
  const valid = finiteSorted(values.map((v) => v.value));
  if (direction === "desc") valid.reverse();
  const better = (a: number, b: number) => (direction === "desc" ? a > b : a < b);
  return values.map((item) => {
    const v = item.value;
    if (v === null || !Number.isFinite(v)) return { ...item, rank: null };
    // valid is sorted best-first, so the rank is 1 + the index of the first equal value.
    let lo = 0;
    let hi = valid.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(valid[mid], v)) lo = mid + 1;
      else hi = mid;
    }
    return { ...item, rank: lo + 1 };
  });
}
