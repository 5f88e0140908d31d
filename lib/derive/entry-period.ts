/** Period helpers for records (client-safe: no zod). */
import type { PeriodKindId } from "../kinds";

export type PeriodLike = { kind: PeriodKindId; from: number | null; to: number | null };

/** True when the record concerns the year: done that year, or carried out / in force over a span that includes it. */
export function periodCovers(p: PeriodLike, year: number): boolean {
  if (p.kind === "ar") return p.from === year;
  if (p.from === null && p.to === null) return false;
  return (p.from ?? -Infinity) <= year && (p.to ?? Infinity) >= year;
}

/** "2023", "2019–2030", "" when unknown. */
export function periodText(p: PeriodLike): string {
  if (p.from === null && p.to === null) return "";
  if (p.from === p.to || p.to === null) return String(p.from);
  if (p.from === null) return `–${p.to}`;
  return `${p.from}–${p.to}`;
}
