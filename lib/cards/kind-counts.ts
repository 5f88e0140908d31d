/** The record-count charts stacked by kind (records per theme of a region, per region of a theme): chart and table twin. */
import type { CountRow } from "../derive/records";
import { KIND_COLORS } from "../palette";
import { KINDS } from "../schema";
import { translator, type Lang } from "../i18n";
import { kindLabel } from "../indicator-text";
import type { BarsChart, CardTable } from "./types";

/** The kinds that occur in the rows, in the fixed kind order. */
export function kindsIn(rows: CountRow[]) {
  return KINDS.filter((k) => rows.some((r) => r.byKind[k] > 0));
}

/** Table twin of a records-by-kind chart: one row per theme or region, a column per kind present, and the total. */
export function kindCountsTable({ rows, caption, first, hrefFor, lang }: {
  rows: CountRow[]; caption: string; first: { id: string; label: string }; hrefFor: (key: string) => string; lang: Lang;
}): CardTable {
  const kinds = kindsIn(rows);
  return {
    caption,
    columns: [
      first,
      ...kinds.map((k) => ({ id: k, label: kindLabel(k, lang, true), numeric: true })),
      { id: "total", label: translator(lang)("Totalt", "Total"), numeric: true },
    ],
    rows: rows.map((r) => ({
      id: r.key,
      cells: {
        [first.id]: { t: r.label, v: r.label, href: hrefFor(r.key) },
        ...Object.fromEntries(kinds.map((k) => [k, { t: String(r.byKind[k]), v: r.byKind[k] }])),
        total: { t: String(r.count), v: r.count },
      },
    })),
  };
}

/**
 * The drawing's data: one bar per row, stacked by kind, the total printed after each bar. `regionRows`: the rows are
 * regions (their key a county code), so each bar names its county and "my region" can be marked.
 */
export function kindCountChart(rows: CountRow[], labelWidth: number, ariaLabel: string, lang: Lang, regionRows = false): BarsChart {
  const kinds = kindsIn(rows);
  return {
    data: rows.map((r) => ({
      label: r.label, values: Object.fromEntries(kinds.map((k) => [k, r.byKind[k]])), display: String(r.count),
      ...(regionRows ? { code: r.key } : {}),
    })),
    series: kinds.map((k) => ({ key: k, label: kindLabel(k, lang, true), color: KIND_COLORS[k] })),
    labelWidth,
    ariaLabel,
  };
}

/** "Posterna kommer från 12 källsidor; …" when more sources than the card lists (three). */
export function manySourcesNote(count: number, section: { sv: string; en: string }, page: { sv: string; en: string }, lang: Lang): string[] {
  if (count <= 3) return [];
  return [translator(lang)(
    `Posterna kommer från ${count} källsidor; varje post länkar till sin källa i avsnittet ${section.sv} på ${page.sv} sida.`,
    `The records come from ${count} source pages; each record links to its source in the section ${section.en} on the ${page.en} page.`,
  )];
}
