/**
 * A region's profile: every indicator with a value for the region, grouped by theme, with where the region stands
 * among the 21 län, how it compares with Riket (only when the indicator's direction is known) and the change since
 * the earliest year the region has a value. Pure: the page and the dot strips only format what this returns.
 */
import { type Indicator, type IndicatorValue, type Region, type Source } from "../schema";
import { breaksBetween } from "./series-breaks";
import { defaultPeriod, periodsOf, rankingFor } from "./indicators";

export type Direction = Indicator["direction"];

export type StripPoint = { code: string; name: string; value: number };

/** Where a rank lies: at the top, at the bottom, or in between (rank 1 is always the highest value). */
export type Extreme = "highest" | "lowest" | null;

/** Better or worse than Riket in the indicator's own direction; null when the direction is neutral or Riket is missing. */
export type Comparison = "better" | "worse" | "same" | null;

export type ProfileRow = {
  indicator: Indicator;
  period: string;
  value: number;
  rank: number;
  /** Regions with a value in the period. */
  of: number;
  extreme: Extreme;
  riket: number | null;
  /**
   * Whether Riket can be drawn and compared on the strip. An average or share for Sweden always lies between the
   * lowest and highest län; outside that range Riket is a total (population, counts), not comparable with a län.
   */
  riketComparable: boolean;
  comparison: Comparison;
  /** The region's value in the earliest period it has one, when that is before `period` and the series has no break between. */
  earliest: { period: string; value: number } | null;
  change: number | null;
  /** A series break between the earliest period and `period`: the change is not computed. */
  breakBetween: boolean;
  /** Every region with a value in the period (not Riket), for the dot strip. */
  points: StripPoint[];
  source: Source;
};

export type ProfileGroup = {
  /** Theme slug, or null for background indicators that belong to no theme (population, land area). */
  theme: string | null;
  rows: ProfileRow[];
};

/** Rank 1 of n is the highest value, rank n of n the lowest; a single region is neither. */
export function extremeOf(rank: number, of: number): Extreme {
  if (of < 2) return null;
  if (rank === 1) return "highest";
  if (rank === of) return "lowest";
  return null;
}

/** Better/worse than a reference, in the indicator's direction. Neutral indicators and missing references give null. */
export function compareWith(value: number, reference: number | null, direction: Direction): Comparison {
  if (reference === null || direction === "neutral") return null;
  if (value === reference) return "same";
  const higher = value > reference;
  return higher === (direction === "hogre-battre") ? "better" : "worse";
}

/** Is this rank among the best in the direction? 1 = best. Null for neutral indicators. */
export function bestRank(rank: number, of: number, direction: Direction): number | null {
  if (direction === "neutral") return null;
  return direction === "hogre-battre" ? rank : of - rank + 1;
}

/** One profile row for a region and indicator at the indicator's default period; null when the region has no value there. */
export function profileRow(code: string, ind: Indicator, values: IndicatorValue[], regions: Pick<Region, "code" | "name">[]): ProfileRow | null {
  if (ind.fragment) return null;
  const p = defaultPeriod(values, ind.id);
  if (!p) return null;
  const ranking = rankingFor(values, ind.id, p.period, regions);
  const row = ranking.rows.find((r) => r.code === code);
  if (!row || row.value === null || row.rank === null) return null;
  const riket = ranking.riket?.value ?? null;
  const present = ranking.rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const riketComparable = riket !== null && riket >= Math.min(...present) && riket <= Math.max(...present);
  const periods = periodsOf(values, ind.id);
  const own = periods.filter((q) => q.year < p.year && values.some((v) => v.indicator === ind.id && v.region === code && v.period === q.period));
  const first = own[0];
  const breakBetween = first ? breaksBetween(ind, [first, p]).length > 0 : false;
  const firstValue = first ? values.find((v) => v.indicator === ind.id && v.region === code && v.period === first.period)!.value : null;
  const earliest = first && !breakBetween ? { period: first.period, value: firstValue! } : null;
  return {
    indicator: ind,
    period: p.period,
    value: row.value,
    rank: row.rank,
    of: ranking.count,
    extreme: extremeOf(row.rank, ranking.count),
    riket,
    riketComparable,
    comparison: riketComparable ? compareWith(row.value, riket, ind.direction) : null,
    earliest,
    change: earliest ? row.value - earliest.value : null,
    breakBetween,
    points: ranking.rows.flatMap((r) => (r.value === null ? [] : [{ code: r.code, name: r.name, value: r.value }])),
    source: row.source ?? ind.source,
  };
}

/**
 * Rows grouped under their indicator's first theme, in the order of `themeOrder`; indicators without a theme come
 * first as background (population, land area). Used by the region profile and by /jamfor.
 */
export function groupByFirstTheme<R>(rows: R[], indicatorOf: (row: R) => Pick<Indicator, "themes">, themeOrder: string[]): { theme: string | null; rows: R[] }[] {
  const byTheme = new Map<string | null, R[]>();
  for (const row of rows) {
    const theme = indicatorOf(row).themes.find((t) => themeOrder.includes(t)) ?? null;
    byTheme.set(theme, [...(byTheme.get(theme) ?? []), row]);
  }
  const order: (string | null)[] = [null, ...themeOrder];
  return order.filter((t) => byTheme.has(t)).map((t) => ({ theme: t, rows: byTheme.get(t)! }));
}

/** The profile of a region: one row per indicator with a value for the region, grouped by first theme. */
export function regionProfile(
  code: string,
  indicators: Indicator[],
  values: IndicatorValue[],
  regions: Pick<Region, "code" | "name">[],
  themeOrder: string[],
): ProfileGroup[] {
  const rows = indicators.flatMap((ind) => profileRow(code, ind, values, regions) ?? []);
  return groupByFirstTheme(rows, (r) => r.indicator, themeOrder);
}

/** The scale of a dot strip: the smallest and largest of the values and Riket, never a zero-width range. */
export function stripDomain(values: number[], riket: number | null): [number, number] {
  const all = riket === null ? values : [...values, riket];
  if (all.length === 0) return [0, 1];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  if (lo === hi) return [lo - 1, hi + 1];
  return [lo, hi];
}

/** Position of a value on the strip in per cent of its width, with a margin so the end dots are not cut. */
export function stripPosition(value: number, [lo, hi]: [number, number], margin = 4): number {
  const f = (value - lo) / (hi - lo);
  return margin + f * (100 - 2 * margin);
}

