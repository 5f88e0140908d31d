/** How fresh each indicator is: the latest period with all län, and the latest with any value (issue 15). Pure, client-safe. */
import { NATIONAL_CODE } from "../kinds";

type V = { indicator: string; region: string; year: number; period: string };
export type Freshness = { id: string; latestFull: { year: number; period: string } | null; latestAny: { year: number; period: string } | null };

export function freshnessOf(ids: string[], values: V[], regionCount: number): Freshness[] {
  return ids.map((id) => {
    const per = new Map<string, { year: number; period: string; n: number }>();
    for (const v of values) {
      if (v.indicator !== id) continue;
      const p = per.get(v.period) ?? { year: v.year, period: v.period, n: 0 };
      if (v.region !== NATIONAL_CODE) p.n++;
      per.set(v.period, p);
    }
    const sorted = [...per.values()].sort((a, b) => b.year - a.year || b.period.localeCompare(a.period));
    const full = sorted.find((p) => p.n >= regionCount);
    const any = sorted[0];
    return { id, latestFull: full ? { year: full.year, period: full.period } : null, latestAny: any ? { year: any.year, period: any.period } : null };
  });
}

/** "Indikatorerna gäller olika år: från 2017 till 2025. Jämför inte värden från olika år med varandra." – or null when all share one year. */
export function yearsSpreadSentence(periods: { year: number }[], lang: "sv" | "en"): string | null {
  const years = [...new Set(periods.map((p) => p.year))].sort((a, b) => a - b);
  if (years.length < 2) return null;
  return lang === "en"
    ? `The indicators are for different years, from ${years[0]} to ${years[years.length - 1]}: each row shows its own latest year. Do not compare values from different years with each other.`
    : `Indikatorerna gäller olika år, från ${years[0]} till ${years[years.length - 1]}: varje rad visar sitt eget senaste år. Jämför inte värden från olika år med varandra.`;
}
