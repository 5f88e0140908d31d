import type { Indicator } from "../schema";
import type { Period } from "./indicators";

/** The series breaks that fall between two shown periods, as [before, after] period labels. */
export function breaksBetween(ind: Pick<Indicator, "seriesBreaks">, periods: Period[]): { between: [string, string]; label: string; noteSv: string }[] {
  const out: { between: [string, string]; label: string; noteSv: string }[] = [];
  for (const b of ind.seriesBreaks) {
    const before = [...periods].reverse().find((p) => p.year <= b.after);
    const after = periods.find((p) => p.year > b.after);
    if (before && after) out.push({ between: [before.period, after.period], label: "Serieavbrott", noteSv: b.noteSv });
  }
  return out;
}
