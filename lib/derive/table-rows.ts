/** Flat, plain-JSON rows for the data table (server → client), and the pure filter the table applies. */
import type { Entry, Figure } from "../schema";
import type { DataViewState, PeriodFilter } from "../url-state";
import { periodCovers } from "./entry-period";
import type { Lang } from "../i18n";
import { KIND_LABELS } from "../labels";

export type DataRow = {
  id: string;
  region: string;
  regionLabel: string;
  theme: string;
  themeLabel: string;
  kind: Entry["kind"];
  title: string;
  summary: string;
  figures: string;
  year: number | null;
  /** How the record applies in time (see Entry.period). */
  period: Entry["period"];
  actor: string | null;
  sourceUrl: string;
  sourceTitle: string;
  sourceType: Entry["source"]["type"];
  /** Lower-cased text searched by the free-text filter. */
  haystack: string;
};

/**
 * Units in the data that say what kind of value a figure is rather than what it counts ("21 februari" is a "datum",
 * "ungefär en tredjedel" an "andel"): written after the text they would read "2019-12-31 datum".
 */
const KIND_UNITS = new Set(["datum", "period", "andel", "faktor", "relation", "plats", "index"]);
/** A year or a span of years ("2018", "2022–2024"): its "år" names the kind, not a duration ("Maximal stödperiod: 3 år"). */
const CALENDAR_YEARS = /^(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?$/;

/** "Stöd: över 110 MSEK", "Antagen: 2018", "Projektets slutdatum: 2019-12-31". */
export function figureText(f: Figure): string {
  const kindOnly = !f.unit || KIND_UNITS.has(f.unit) || (f.unit === "år" && CALENDAR_YEARS.test(f.text.trim()));
  return kindOnly ? `${f.label}: ${f.text}` : `${f.label}: ${f.text} ${f.unit}`;
}

/**
 * One table row. `regionLabel` and `themeLabel` are the names shown in the table, in the page's language
 * (English: theme nameEn); the record texts stay as the source wrote them (Swedish).
 */
export function toDataRow(e: Entry, regionLabel: string, themeLabel: string, lang: Lang = "sv"): DataRow {
  const figures = e.figures.map(figureText).join("; ");
  const row = {
    id: e.id, region: e.region, regionLabel, theme: e.theme, themeLabel, kind: e.kind, title: e.title, summary: e.summary,
    figures, year: e.year, period: e.period, actor: e.actor ?? null, sourceUrl: e.source.url, sourceTitle: e.source.title,
    sourceType: e.source.type,
  };
  return { ...row, haystack: searchText(row, lang) };
}

/**
 * The lower-cased text the free-text filter searches: the shown labels and every record text.
 * In English the English kind label ("activity") is searchable too, next to the Swedish kind code.
 */
export function searchText(
  r: Pick<DataRow, "regionLabel" | "themeLabel" | "kind" | "title" | "summary" | "figures" | "actor" | "sourceTitle" | "year">,
  lang: Lang = "sv",
): string {
  const kind = lang === "en" ? [r.kind, KIND_LABELS[r.kind].en] : [r.kind];
  return [r.regionLabel, r.themeLabel, ...kind, r.title, r.summary, r.figures, r.actor ?? "", r.sourceTitle, r.year ?? ""]
    .join(" ")
    .toLocaleLowerCase("sv-SE");
}

type Filters = Pick<DataViewState, "region" | "tema" | "typ" | "ar" | "q"> & Partial<Pick<DataViewState, "period" | "kalla">>;

/** The period filter: done in 2023, in 2022–2024, older than 2022, or in force during 2023 (strategies, plans). */
export function matchesPeriod(r: Pick<DataRow, "year" | "period">, f: PeriodFilter): boolean {
  switch (f) {
    case "2023": return r.year === 2023;
    case "2022-2024": return r.year !== null && r.year >= 2022 && r.year <= 2024;
    case "aldre": return r.year !== null && r.year < 2022;
    case "i-kraft": return r.period.kind === "i-kraft" && periodCovers(r.period, 2023);
    default: return true;
  }
}

/** Every word of the query must occur somewhere in the row (order-free, case-insensitive). */
export function filterRows<T extends Pick<DataRow, "region" | "theme" | "kind" | "year" | "haystack"> & Partial<Pick<DataRow, "period" | "sourceType">>>(rows: T[], f: Filters): T[] {
  const words = f.q.toLocaleLowerCase("sv-SE").split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (f.region === null || r.region === f.region) &&
      (f.tema === null || r.theme === f.tema) &&
      (f.typ === null || r.kind === f.typ) &&
      (f.ar === null || (f.ar === "saknas" ? r.year === null : r.year === f.ar)) &&
      (!f.period || (r.period !== undefined && matchesPeriod({ year: r.year, period: r.period }, f.period))) &&
      (!f.kalla || r.sourceType === f.kalla) &&
      words.every((w) => r.haystack.includes(w)),
  );
}
