/** Flat, plain-JSON rows for the data table (server → client), and the pure filter the table applies. */
import type { Entry, Figure } from "../schema";
import type { DataViewState } from "../url-state";

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
  actor: string | null;
  sourceUrl: string;
  sourceTitle: string;
  /** Lower-cased text searched by the free-text filter. */
  haystack: string;
};

export function figureText(f: Figure): string {
  const unit = f.unit && f.unit !== "st" ? ` ${f.unit}` : f.unit === "st" ? " st" : "";
  return `${f.label}: ${f.text}${unit}`;
}

export function toDataRow(e: Entry, regionLabel: string, themeLabel: string): DataRow {
  const figures = e.figures.map(figureText).join("; ");
  return {
    id: e.id, region: e.region, regionLabel, theme: e.theme, themeLabel, kind: e.kind, title: e.title, summary: e.summary,
    figures, year: e.year, actor: e.actor ?? null, sourceUrl: e.source.url, sourceTitle: e.source.title,
    haystack: [regionLabel, themeLabel, e.kind, e.title, e.summary, figures, e.actor ?? "", e.source.title, e.year ?? ""].join(" ").toLocaleLowerCase("sv-SE"),
  };
}

type Filters = Pick<DataViewState, "region" | "tema" | "typ" | "ar" | "q">;

/** Every word of the query must occur somewhere in the row (order-free, case-insensitive). */
export function filterRows<T extends Pick<DataRow, "region" | "theme" | "kind" | "year" | "haystack">>(rows: T[], f: Filters): T[] {
  const words = f.q.toLocaleLowerCase("sv-SE").split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (f.region === null || r.region === f.region) &&
      (f.tema === null || r.theme === f.tema) &&
      (f.typ === null || r.kind === f.typ) &&
      (f.ar === null || (f.ar === "saknas" ? r.year === null : r.year === f.ar)) &&
      words.every((w) => r.haystack.includes(w)),
  );
}
