/**
 * Pure builders for /jamfor: the region × theme heatmap's sort, indicator values side by side, and smart specialisation areas that regions share.
 */
import { NATIONAL_CODE, type Indicator, type IndicatorValue, type Region, type Source } from "../schema";
import type { Coverage, CoverageRow } from "./records";
import { defaultPeriod, rankingFor } from "./indicators";
import { LOCALE, type Lang } from "../i18n";

// The URL state of /jamfor lives in lib/url-state/compare.ts; re-exported so the page's imports stay as they are.
export {
  COMPARE_PARAM, DEFAULT_HEATMAP, HEATMAP_SORTS, MAX_COMPARE, MIN_COMPARE, compareHref, parseCompareRegions, parseHeatmapView,
  type CompareSelection, type HeatmapView,
} from "../url-state/compare";

const sv = new Intl.Collator("sv-SE");

/**
 * Sort the heatmap's rows: "region" by name (Swedish order), "antal" by total records (most first), or a theme slug
 * by that theme's count (most first). Ties: total, then name. Returns a new Coverage; the input is not changed.
 */
export function sortCoverage(coverage: Coverage, sort: string, themeSlugs: readonly string[]): Coverage {
  const byName = (a: CoverageRow, b: CoverageRow) => sv.compare(a.label, b.label) || a.region.localeCompare(b.region);
  const j = themeSlugs.indexOf(sort);
  let cmp: (a: CoverageRow, b: CoverageRow) => number = byName;
  if (sort === "antal") cmp = (a, b) => b.total - a.total || byName(a, b);
  else if (j >= 0) cmp = (a, b) => (b.cells[j]?.count ?? 0) - (a.cells[j]?.count ?? 0) || b.total - a.total || byName(a, b);
  return { ...coverage, rows: [...coverage.rows].sort(cmp) };
}

/** Themes every chosen region has records on, and themes none of them has. */
export function themeSpread(rows: Pick<CoverageRow, "cells">[], themeSlugs: readonly string[]): { all: string[]; none: string[] } {
  if (rows.length === 0) return { all: [], none: [...themeSlugs] };
  return {
    all: themeSlugs.filter((_, j) => rows.every((r) => (r.cells[j]?.count ?? 0) > 0)),
    none: themeSlugs.filter((_, j) => rows.every((r) => (r.cells[j]?.count ?? 0) === 0)),
  };
}

export type CompareIndicatorCell = { code: string; value: number | null; rank: number | null; source: Source | null; note: string | null };
export type CompareIndicatorRow = {
  indicator: Indicator;
  period: string;
  /** Regions (of 21) with a value: the N in "rank av N". */
  of: number;
  riket: { value: number; source: Source } | null;
  cells: CompareIndicatorCell[];
  /** Distinct sources behind the shown values (chosen regions and Riket), or the indicator's own source. */
  sources: Source[];
};

/** Every non-fragment indicator at its default period, with each chosen region's value and rank among all regions. */
export function compareIndicators(
  codes: readonly string[],
  indicators: Indicator[],
  values: IndicatorValue[],
  regions: Pick<Region, "code" | "name">[],
): CompareIndicatorRow[] {
  const out: CompareIndicatorRow[] = [];
  for (const ind of indicators) {
    if (ind.fragment) continue;
    const p = defaultPeriod(values, ind.id);
    if (!p) continue;
    const r = rankingFor(values, ind.id, p.period, regions);
    const cells = codes.map((code) => {
      const row = r.rows.find((x) => x.code === code);
      return { code, value: row?.value ?? null, rank: row?.rank ?? null, source: row?.source ?? null, note: row?.note ?? null };
    });
    const srcs = new Map<string, Source>();
    for (const s of [...cells.map((c) => c.source), r.riket?.source ?? null]) if (s) srcs.set(s.url, s);
    out.push({
      indicator: ind, period: p.period, of: r.count, riket: r.riket, cells,
      sources: srcs.size ? [...srcs.values()] : [ind.source],
    });
  }
  return out;
}

/* ---------- Smart specialisation: shared areas ---------- */

export type AreaList = { region: string; areas: string[] };
export type SharedArea = {
  /** Stable key: the keyword id, or "text:" + the normalised area text. */
  key: string;
  /**
   * What the group is about: for a key-word group our own label in the requested language ("Livsmedel", en "Food");
   * for an identical-text group the area as the first region wrote it, which is always Swedish (see areaLabelIsOwn).
   */
  label: string;
  /** True when every region in the group wrote the very same area (after normalising case and spaces). */
  exact: boolean;
  /** The regions in the group, in input order, with the areas that matched as they wrote them. */
  regions: { region: string; areas: string[] }[];
};

/** Lower case, single spaces, no surrounding space or trailing full stop. */
export function normaliseArea(text: string): string {
  return text.toLocaleLowerCase("sv-SE").replace(/\s+/g, " ").trim().replace(/\.$/, "");
}

/**
 * Key words that mark areas as close to each other. A stem matches at the start of a word ("hälso" matches
 * "hälsoinnovation"); a whole word must stand alone ("it" does not match "digitalisering").
 * Our own grouping, deliberately narrow: words such as "hållbar" or "grön" are too broad to say much.
 */
export const AREA_KEYWORDS: { key: string; label: string; labelEn: string; stems?: string[]; words?: string[] }[] = [
  { key: "livsmedel", label: "Livsmedel", labelEn: "Food", stems: ["livsmedel"] },
  { key: "besoksnaring", label: "Besöksnäring", labelEn: "Tourism", stems: ["besöksnäring"] },
  { key: "upplevelser", label: "Upplevelser", labelEn: "Experiences", stems: ["upplevelse"] },
  { key: "halsa", label: "Hälsa", labelEn: "Health", stems: ["hälsa", "hälso"] },
  { key: "life-science", label: "Life science", labelEn: "Life sciences", stems: ["life science"] },
  { key: "material", label: "Material", labelEn: "Materials", stems: ["material"] },
  { key: "tillverkning", label: "Tillverkning och industri", labelEn: "Manufacturing and industry", stems: ["tillverkning", "industri"] },
  { key: "digitalisering", label: "Digitalisering och IT", labelEn: "Digitalisation and IT", stems: ["digital"], words: ["it", "ict", "tech"] },
  { key: "logistik", label: "Logistik", labelEn: "Logistics", stems: ["logistik"] },
  { key: "transporter", label: "Transporter", labelEn: "Transport", stems: ["transport"] },
  { key: "energi", label: "Energi", labelEn: "Energy", stems: ["energi"] },
  { key: "skog", label: "Skog", labelEn: "Forestry", stems: ["skog"] },
  { key: "bioekonomi", label: "Bioekonomi", labelEn: "Bioeconomy", stems: ["bioekonomi", "biobaserad"] },
  { key: "stader", label: "Hållbara städer och samhällen", labelEn: "Sustainable cities and communities", stems: ["städer"] },
  { key: "boende", label: "Boende och bostäder", labelEn: "Housing", stems: ["boende", "bostad", "bostäder"] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const KEYWORD_RES = AREA_KEYWORDS.map((k) => ({
  ...k,
  re: new RegExp(
    [
      ...(k.stems ?? []).map((s) => `(?<!\\p{L})${escape(s)}`),
      ...(k.words ?? []).map((w) => `(?<!\\p{L})${escape(w)}(?!\\p{L})`),
    ].join("|"),
    "u",
  ),
}));

/** The keyword groups an area belongs to (ids from AREA_KEYWORDS). */
export function areaKeywords(area: string): string[] {
  const n = normaliseArea(area);
  return KEYWORD_RES.filter((k) => k.re.test(n)).map((k) => k.key);
}

/**
 * Areas shared by two or more of the lists. Identical areas (normalised text) form a group; so do areas that
 * contain the same key word (AREA_KEYWORDS), flagged `exact: false` unless they are all the same text.
 * An identical-text group that a keyword group already covers is not listed twice.
 * Sorted by number of regions (most first), then label (in the language's order).
 * `lang` picks the language of the key-word groups' labels; the areas themselves are the dataset's Swedish text.
 */
export function sharedAreas(lists: AreaList[], lang: Lang = "sv"): SharedArea[] {
  // One list per region (merge duplicates), areas deduplicated by normalised text.
  const byRegion = new Map<string, string[]>();
  for (const l of lists) {
    const cur = byRegion.get(l.region) ?? [];
    for (const a of l.areas) if (!cur.some((x) => normaliseArea(x) === normaliseArea(a))) cur.push(a);
    byRegion.set(l.region, cur);
  }
  const regions = [...byRegion.entries()];
  const groups: SharedArea[] = [];
  const isExact = (members: { areas: string[] }[]) => {
    const texts = new Set(members.flatMap((m) => m.areas.map(normaliseArea)));
    return texts.size === 1 && members.every((m) => m.areas.length === 1);
  };

  for (const k of KEYWORD_RES) {
    const members = regions
      .map(([region, areas]) => ({ region, areas: areas.filter((a) => k.re.test(normaliseArea(a))) }))
      .filter((m) => m.areas.length > 0);
    if (members.length >= 2) {
      groups.push({ key: k.key, label: lang === "en" ? k.labelEn : k.label, exact: isExact(members), regions: members });
    }
  }

  const byText = new Map<string, { label: string; members: { region: string; areas: string[] }[] }>();
  for (const [region, areas] of regions) {
    for (const a of areas) {
      const n = normaliseArea(a);
      const g = byText.get(n) ?? { label: a.trim(), members: [] };
      g.members.push({ region, areas: [a] });
      byText.set(n, g);
    }
  }
  for (const [n, g] of byText) {
    if (g.members.length < 2) continue;
    const codes = g.members.map((m) => m.region);
    const covered = groups.some((kg) => {
      const kcodes = kg.regions.map((m) => m.region);
      return codes.every((c) => kcodes.includes(c)) && areaKeywords(n).includes(kg.key);
    });
    if (!covered) groups.push({ key: `text:${n}`, label: g.label, exact: true, regions: g.members });
  }

  const order = lang === "sv" ? sv : new Intl.Collator(LOCALE[lang]);
  return groups.sort((a, b) => b.regions.length - a.regions.length || order.compare(a.label, b.label));
}

/** True when a group's label is our own (a key-word group, translated); false when it is an area as a region wrote it (Swedish). */
export function areaLabelIsOwn(group: Pick<SharedArea, "key">): boolean {
  return !group.key.startsWith("text:");
}

/** Areas of one region that no other listed region shares (neither the same text nor a key word). */
export function uniqueAreas(lists: AreaList[], shared: SharedArea[]): AreaList[] {
  return lists.map((l) => ({
    region: l.region,
    areas: l.areas.filter((a) => !shared.some((g) => g.regions.some((m) => m.region === l.region && m.areas.includes(a)))),
  }));
}

/** Regions (of the given ones) that have no smart specialisation row, or an empty one. */
export function regionsWithoutAreas(codes: readonly string[], lists: AreaList[]): string[] {
  return codes.filter((c) => c !== NATIONAL_CODE && !lists.some((l) => l.region === c && l.areas.length > 0));
}
