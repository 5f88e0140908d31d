import { ADVANCE_400, ADVANCE_700, METRIC_CHARS } from "./font-metrics";

/**
 * Text width from a fixed font-metrics table (measured in Chromium, see scripts/measure-font-metrics.ts), never from
 * the DOM: the same layout in every browser and in a simulated DOM at build time, where text measures 0 px.
 */
const INDEX = new Map<string, number>([...METRIC_CHARS].map((c, i) => [c, i]));
/** A character outside the table counts as wide as "M", so an unknown letter never makes a label overflow. */
const FALLBACK = INDEX.get("M")!;

export type FontWeight = 400 | 700;

export function textWidth(text: string, fontSize: number, weight: FontWeight = 400): number {
  const table = weight === 700 ? ADVANCE_700 : ADVANCE_400;
  let units = 0;
  for (const c of text) units += table[INDEX.get(c) ?? FALLBACK];
  return (units * fontSize) / 1000;
}

/** Height of one line of chart text: the font size plus the font's ascent and descent (DejaVu Sans: 1,164 em). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.2);
}
