/**
 * Similar regions and learning partners, pure functions over the dataset.
 *
 * Similar: each region is described by a fixed set of structural indicators (STRUCTURAL), each region's latest value
 * of each, log-transformed where sizes span orders of magnitude. Every indicator is standardised to z-scores over the
 * regions ((x − mean) / standard deviation), and regions are compared by Euclidean distance between their z-score
 * vectors: the smaller, the more alike. A region missing any of the indicators is left out (and said so).
 *
 * Learning partners: for each indicator where a region is among the weakest quarter (in the indicator's direction;
 * neutral indicators never), the regions that do better and have records in the indicator's (first) theme.
 */
import type { Entry, Indicator, IndicatorValue, Region } from "../schema";
import { defaultPeriod, rankingFor } from "./indicators";
import { bestRank } from "./profile";

export type StructuralIndicator = { id: string; transform: "log" | "linear"; sv?: string; en?: string };

/** Size, geography, economy and education: what shapes a region's conditions rather than its results. */
export const STRUCTURAL: StructuralIndicator[] = [
  { id: "folkmangd", transform: "log", sv: "folkmängd", en: "population" },
  { id: "landareal_km2", transform: "log", sv: "landareal", en: "land area" },
  { id: "brp_per_invanare", transform: "linear", sv: "BRP per invånare", en: "GRP per inhabitant" },
  { id: "eftergymnasial_25_64_andel_exkl_okand", transform: "linear", sv: "andel med eftergymnasial utbildning", en: "share with post-secondary education" },
];

export type SimilarRegion = { code: string; distance: number };

export type SimilarityResult = {
  /** The structural indicators used, with the periods of the values (each region's latest), oldest first. */
  used: (StructuralIndicator & { periods: string[] })[];
  /** Regions left out because a structural value is missing. */
  excluded: string[];
  /** z-scores per region code, in the order of `used`. */
  z: Map<string, number[]>;
};

/** z-scores of each region on the structural indicators that exist in the data. */
export function structuralScores(indicators: Indicator[], values: IndicatorValue[], regions: Pick<Region, "code">[], spec = STRUCTURAL): SimilarityResult {
  const used: SimilarityResult["used"] = [];
  const columns: Map<string, number>[] = [];
  for (const s of spec) {
    if (!indicators.some((i) => i.id === s.id)) continue;
    // Each region's latest value (land area is not measured every year for every county).
    const latest = new Map<string, IndicatorValue>();
    for (const v of values) {
      if (v.indicator !== s.id || (s.transform === "log" && !(v.value > 0))) continue;
      const prev = latest.get(v.region);
      if (!prev || v.year > prev.year) latest.set(v.region, v);
    }
    if (latest.size === 0) continue;
    const col = new Map([...latest].map(([c, v]) => [c, s.transform === "log" ? Math.log(v.value) : v.value]));
    const periods = [...new Map([...latest.values()].filter((v) => regions.some((r) => r.code === v.region)).map((v) => [v.period, v.year]))]
      .sort((a, b) => a[1] - b[1]).map(([p]) => p);
    used.push({ ...s, periods });
    columns.push(col);
  }
  const complete = regions.filter((r) => columns.every((c) => c.has(r.code))).map((r) => r.code);
  const excluded = regions.map((r) => r.code).filter((c) => !complete.includes(c));
  const z = new Map<string, number[]>(complete.map((c) => [c, []]));
  for (const col of columns) {
    const xs = complete.map((c) => col.get(c)!);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    for (const c of complete) z.get(c)!.push(sd > 0 ? (col.get(c)! - mean) / sd : 0);
  }
  return { used, excluded, z };
}

export function euclidean(a: number[], b: number[]): number {
  return Math.sqrt(a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0));
}

/** The `k` regions nearest to `code`, nearest first (ties by code); empty when the region itself lacks a value. */
export function similarRegions(code: string, scores: SimilarityResult, k = 5): SimilarRegion[] {
  const own = scores.z.get(code);
  if (!own) return [];
  return [...scores.z.entries()]
    .filter(([c]) => c !== code)
    .map(([c, z]) => ({ code: c, distance: euclidean(own, z) }))
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, k);
}

export type Partner = { code: string; bestRank: number; entries: Entry[] };
export type LearningItem = {
  indicator: Indicator;
  period: string;
  theme: string;
  /** The region's rank counted from the best (1 = best), and how many have a value. */
  bestRank: number;
  of: number;
  partners: Partner[];
};

/** Weakest quarter: best-rank counted from the best lies in the last ceil(of / 4). */
export function isAmongWeakest(best: number, of: number): boolean {
  return of >= 4 && best > of - Math.ceil(of / 4);
}

/**
 * For each non-neutral indicator (not a fragment, with a theme) where `code` is among the weakest, up to `max`
 * regions that rank better and have records in the indicator's first theme: similar regions first, then by rank.
 */
export function learningPartners(
  code: string,
  indicators: Indicator[],
  values: IndicatorValue[],
  regions: Pick<Region, "code" | "name">[],
  entries: Entry[],
  similar: string[] = [],
  max = 3,
): LearningItem[] {
  const out: LearningItem[] = [];
  for (const ind of indicators) {
    if (ind.fragment || ind.direction === "neutral" || ind.themes.length === 0) continue;
    const p = defaultPeriod(values, ind.id);
    if (!p) continue;
    const r = rankingFor(values, ind.id, p.period, regions);
    const own = r.rows.find((x) => x.code === code);
    if (!own || own.rank === null) continue;
    const ownBest = bestRank(own.rank, r.count, ind.direction)!;
    if (!isAmongWeakest(ownBest, r.count)) continue;
    const theme = ind.themes[0];
    const partners = r.rows
      .filter((x) => x.code !== code && x.rank !== null)
      .map((x) => ({ code: x.code, bestRank: bestRank(x.rank!, r.count, ind.direction)!, entries: entries.filter((e) => e.region === x.code && e.theme === theme) }))
      .filter((x) => x.bestRank < ownBest && x.entries.length > 0)
      .sort((a, b) => Number(similar.includes(b.code)) - Number(similar.includes(a.code)) || a.bestRank - b.bestRank || a.code.localeCompare(b.code))
      .slice(0, max);
    out.push({ indicator: ind, period: p.period, theme, bestRank: ownBest, of: r.count, partners });
  }
  return out;
}
