/**
 * The search index: regions, themes, indicators and records, each with its display names and folded text to match
 * against. Built from the dataset (pure: the dataset is a parameter) in two steps: a compact "wire" form with only
 * the raw names, and the in-memory index that folds them. The server keeps the full index for /sok; the browser
 * fetches the wire form without long texts (`summaries: false`: no record summaries, figures, source titles or
 * definitions) on first focus of the header search, so no page's first-load JavaScript carries it.
 */
import type { Dataset } from "../schema";
import { fold } from "./normalize";

export const SEARCH_KINDS = ["region", "tema", "indikator", "post"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchItem = {
  kind: SearchKind;
  /** County code, theme slug, indicator id or record id. */
  id: string;
  /** Display name in Swedish, and in English when there is one (record titles exist only in Swedish). */
  sv: string;
  en?: string;
  /** Folded names (both languages): hits here rank highest. */
  name: string;
  /** Folded further text (county code, units, the theme and region of a record, summaries…). */
  text: string;
  /** Records: region code, theme slug, kind and year. Indicators: first theme slug. */
  region?: string;
  theme?: string;
  recordKind?: string;
  year?: number | null;
};

export type SearchIndex = { items: SearchItem[] };

/** The compact form sent to the browser: arrays of raw strings, no folded duplicates. */
export type WireIndex = {
  v: 1;
  /** code, organisation, short name, county, English name */
  regions: [string, string, string, string, string][];
  /** slug, Swedish name, English name, long text */
  themes: [string, string, string, string][];
  /** id, Swedish name, English name, short name, unit, English unit, theme slugs, long text */
  indicators: [string, string, string, string, string, string, string[], string][];
  /** id, title, region, theme, kind, year, actor, long text */
  records: [string, string, string, string, string, number | null, string, string][];
};

export type IndexOptions = {
  /** Include long texts (record summaries and figures, source titles, definitions, theme descriptions). */
  summaries: boolean;
};

type Source = Pick<Dataset, "regions" | "themes" | "indicators" | "entries">;

export function buildWireIndex(d: Source, opts: IndexOptions): WireIndex {
  const long = (s: string) => (opts.summaries ? s : "");
  return {
    v: 1,
    regions: d.regions.map((r) => [r.code, r.organisation, r.name, r.county, r.nameEn]),
    themes: d.themes.map((t) => [t.slug, t.nameSv, t.nameEn, long(`${t.descriptionSv} ${t.descriptionEn}`)]),
    indicators: d.indicators.map((i) => [i.id, i.nameSv, i.nameEn, i.shortSv, i.unit, i.unitEn, i.themes, long(`${i.definitionSv} ${i.definitionEn}`)]),
    records: d.entries.map((e) => [
      e.id, e.title, e.region, e.theme, e.kind, e.year, e.actor ?? "",
      long([e.summary, ...e.figures.map((f) => `${f.label} ${f.text}`), e.source.title].join(" ")),
    ]),
  };
}

export function indexFromWire(w: WireIndex): SearchIndex {
  const themeName = new Map(w.themes.map(([slug, sv, en]) => [slug, `${sv} ${en}`]));
  const regionName = new Map(w.regions.map(([code, org, name]) => [code, `${name} ${org}`]));
  const items: SearchItem[] = [];
  for (const [code, organisation, name, county, nameEn] of w.regions) {
    items.push({ kind: "region", id: code, sv: organisation, name: fold(`${name} ${organisation} ${county} ${nameEn}`), text: fold(`${code} lan region county lanskod`) });
  }
  for (const [slug, sv, en, long] of w.themes) {
    items.push({ kind: "tema", id: slug, sv, en, name: fold(`${sv} ${en}`), text: fold(long) });
  }
  for (const [id, sv, en, short, unit, unitEn, themes, long] of w.indicators) {
    items.push({
      kind: "indikator", id, sv, en, theme: themes[0],
      name: fold(`${sv} ${en} ${short}`),
      text: fold([unit, unitEn, ...themes.map((s) => themeName.get(s) ?? ""), long].join(" ")),
    });
  }
  for (const [id, title, region, theme, kind, year, actor, long] of w.records) {
    items.push({
      kind: "post", id, sv: title, region, theme, recordKind: kind, year,
      name: fold(title),
      text: fold([actor, regionName.get(region) ?? "", themeName.get(theme) ?? "", kind, year ?? "", long].join(" ")),
    });
  }
  return { items };
}

export function buildSearchIndex(d: Source, opts: IndexOptions): SearchIndex {
  return indexFromWire(buildWireIndex(d, opts));
}
