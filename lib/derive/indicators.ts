/** Pure builders over indicator values: periods, rankings among the 21 regions, Riket, per-region summaries. */
import { NATIONAL_CODE, type Indicator, type IndicatorValue, type Region, type Source } from "../schema";

export type Period = { year: number; period: string };

/** Periods with at least one value, oldest first. */
export function periodsOf(values: IndicatorValue[], indicatorId: string): Period[] {
  const m = new Map<string, Period>();
  for (const v of values) if (v.indicator === indicatorId) m.set(v.period, { year: v.year, period: v.period });
  return [...m.values()].sort((a, b) => a.year - b.year || a.period.localeCompare(b.period));
}

/** Number of the 21 regions (not Riket) with a value in a period. */
export function coverageOf(values: IndicatorValue[], indicatorId: string, period: string): number {
  return values.filter((v) => v.indicator === indicatorId && v.period === period && v.region !== NATIONAL_CODE).length;
}

/** The latest period with the best regional coverage among the latest periods (a lone newer fragment does not win). */
export function defaultPeriod(values: IndicatorValue[], indicatorId: string): Period | null {
  const ps = periodsOf(values, indicatorId);
  if (ps.length === 0) return null;
  let best = ps[ps.length - 1];
  let bestCov = coverageOf(values, indicatorId, best.period);
  for (let i = ps.length - 2; i >= 0; i--) {
    const cov = coverageOf(values, indicatorId, ps[i].period);
    if (cov > bestCov) { best = ps[i]; bestCov = cov; }
  }
  return best;
}

/**
 * Competition ranking ("1, 2, 2, 4"): rank 1 is the highest value. Missing values get rank null and sort last.
 * Returns items sorted by rank, ties in input order.
 */
export function competitionRank<T extends { value: number | null }>(items: T[]): (T & { rank: number | null })[] {
  const present = items.filter((i) => i.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
  const out: (T & { rank: number | null })[] = [];
  present.forEach((it, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.value === it.value ? prev.rank : i + 1;
    out.push({ ...it, rank });
  });
  for (const it of items) if (it.value === null) out.push({ ...it, rank: null });
  return out;
}

export type RankedRow = {
  code: string;
  name: string;
  value: number | null;
  rank: number | null;
  source: Source | null;
  note: string | null;
};

export type Ranking = {
  indicator: string;
  period: string;
  rows: RankedRow[];
  riket: { value: number; source: Source } | null;
  /** Regions with a value. */
  count: number;
  missing: string[];
};

export function rankingFor(values: IndicatorValue[], indicatorId: string, period: string, regions: Pick<Region, "code" | "name">[]): Ranking {
  const inPeriod = values.filter((v) => v.indicator === indicatorId && v.period === period);
  const byRegion = new Map(inPeriod.map((v) => [v.region, v]));
  const rows = competitionRank(
    regions.map((r) => {
      const v = byRegion.get(r.code);
      return { code: r.code, name: r.name, value: v?.value ?? null, source: v?.source ?? null, note: v?.note ?? null };
    }),
  );
  const riket = byRegion.get(NATIONAL_CODE);
  return {
    indicator: indicatorId,
    period,
    rows,
    riket: riket ? { value: riket.value, source: riket.source } : null,
    count: rows.filter((r) => r.value !== null).length,
    missing: rows.filter((r) => r.value === null).map((r) => r.name),
  };
}

export type RegionIndicatorRow = {
  indicator: Indicator;
  period: string;
  value: number | null;
  rank: number | null;
  of: number;
  riket: number | null;
  source: Source | null;
};

/** For one region: every indicator that is not a fragment, at its default period, with rank among the regions and Riket. */
export function regionIndicators(code: string, indicators: Indicator[], values: IndicatorValue[], regions: Pick<Region, "code" | "name">[]): RegionIndicatorRow[] {
  const out: RegionIndicatorRow[] = [];
  for (const ind of indicators) {
    if (ind.fragment) continue;
    const p = defaultPeriod(values, ind.id);
    if (!p) continue;
    const r = rankingFor(values, ind.id, p.period, regions);
    const row = r.rows.find((x) => x.code === code);
    out.push({
      indicator: ind, period: p.period, value: row?.value ?? null, rank: row?.rank ?? null, of: r.count,
      riket: r.riket?.value ?? null, source: row?.source ?? r.riket?.source ?? ind.source,
    });
  }
  return out;
}

/** Time series per region for the chosen regions (and Riket), oldest first; missing periods are null, never filled. */
export function seriesFor(values: IndicatorValue[], indicatorId: string, regionCodes: string[]): { period: string; year: number; values: Record<string, number | null> }[] {
  return periodsOf(values, indicatorId).map((p) => {
    const row: Record<string, number | null> = {};
    for (const code of regionCodes) {
      const v = values.find((x) => x.indicator === indicatorId && x.period === p.period && x.region === code);
      row[code] = v ? v.value : null;
    }
    return { period: p.period, year: p.year, values: row };
  });
}

/**
 * Regions shown in a time series: the requested ones when any are valid; otherwise the highest and the lowest in the
 * chosen period plus Riket (for a fragment: the first few that have values).
 */
export function chooseSeriesRegions(requested: string[], ranking: Ranking | null, allowed: string[], fragment: boolean, max = 6): string[] {
  const valid = requested.filter((c, i) => allowed.includes(c) && requested.indexOf(c) === i).slice(0, max);
  if (valid.length) return valid;
  if (fragment) return allowed.slice(0, max);
  const ranked = ranking?.rows.filter((r) => r.value !== null) ?? [];
  return [ranked[0]?.code, ranked.at(-1)?.code, allowed.includes(NATIONAL_CODE) ? NATIONAL_CODE : undefined].filter(
    (c, i, a): c is string => !!c && a.indexOf(c) === i,
  );
}
