import { translator, type Lang } from "../i18n";
import type { ExportCell, ExportColumn, ExportSource, ExportTable } from "./types";

/**
 * Tidy data for the downloads (CSV, XLSX, JSON): one row per county (or county and theme) and period, with what a
 * user needs to join it with Kolada or SCB data and to cite it: county code, name, year and period, value, unit,
 * indicator id and name, and source. Column ids are the same in both languages (JSON keys); labels follow the page.
 * Years and values are numbers; a missing value is empty (never 0), and the county code stays text ("01").
 */
export type TidyRow = {
  code: string;
  name: string;
  /** The (last) year of the period, or null (records without a year). */
  year: number | null;
  /** "2021", "2021–2025", or "" when there is none. */
  period: string;
  value: number | null;
  unit: string;
  indicatorId: string;
  indicatorName: string;
  sources: ExportSource[];
  /** Further columns (rank, counts per kind, theme), keyed by the ids of `extra` columns. */
  extra?: Record<string, string | number | null>;
};

export function tidyColumns(lang: Lang, extra: ExportColumn[] = []): ExportColumn[] {
  const t = translator(lang);
  return [
    { id: "lanskod", label: t("Länskod", "County code") },
    { id: "lan", label: t("Län", "County") },
    { id: "ar", label: t("År", "Year"), numeric: true },
    { id: "period", label: t("Period", "Period") },
    { id: "varde", label: t("Värde", "Value"), numeric: true },
    { id: "enhet", label: t("Enhet", "Unit") },
    { id: "indikator_id", label: t("Indikator-id", "Indicator id") },
    { id: "indikator", label: t("Indikator", "Indicator") },
    ...extra,
    { id: "kalla", label: t("Källa", "Source") },
    { id: "kalla_url", label: t("Källans adress", "Source URL") },
  ];
}

const num = (v: number | null): ExportCell => ({ t: v === null ? "" : String(v), v });
const txt = (s: string): ExportCell => ({ t: s, v: s });

/** Rows in the order given; sources of a row are joined with "; " (titles, and their addresses in the next column). */
export function tidyTable(rows: TidyRow[], lang: Lang, extra: ExportColumn[] = []): ExportTable {
  return {
    columns: tidyColumns(lang, extra),
    rows: rows.map((r, i) => {
      const unique = [...new Map(r.sources.map((s) => [s.url, s])).values()];
      const cells: Record<string, ExportCell> = {
        lanskod: txt(r.code),
        lan: txt(r.name),
        ar: num(r.year),
        period: txt(r.period),
        varde: num(r.value),
        enhet: txt(r.unit),
        indikator_id: txt(r.indicatorId),
        indikator: txt(r.indicatorName),
        kalla: txt(unique.map((s) => s.title).join("; ")),
        kalla_url: txt(unique.map((s) => s.url).join("; ")),
      };
      for (const c of extra) {
        const v = r.extra?.[c.id] ?? null;
        cells[c.id] = typeof v === "number" || v === null ? num(v) : txt(v);
      }
      return { id: `${r.code}-${r.period}-${i}`, cells };
    }),
  };
}

/** Year span of records: "2019–2023", "2023", or "" when none has a year; `year` is the last year. */
export function yearSpan(years: (number | null)[]): { year: number | null; period: string } {
  const ys = years.filter((y): y is number => y !== null);
  if (!ys.length) return { year: null, period: "" };
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return { year: hi, period: lo === hi ? String(hi) : `${lo}–${hi}` };
}
