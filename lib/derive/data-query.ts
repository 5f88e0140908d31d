/**
 * Server-side view of the records table (/data): filter, sort and page the rows from the URL's view state, so the
 * page sends only the rows it shows. The order is exactly the client table's (TanStack's sorted row model with the
 * same comparators, stable, missing years last in both directions), so a page looks the same either way.
 */
import { filterRows, type DataRow } from "./table-rows";
import { DATA_ROW_COMPARE } from "./data-sort";
import type { DataViewState, SortColumn } from "../url-state";
import { LOCALE, type Lang } from "../i18n";

const en = new Intl.Collator(LOCALE.en).compare;

/** The comparator of one sortable column in `lang` (ascending). */
export function columnCompare(id: SortColumn, lang: Lang): (a: DataRow, b: DataRow) => number {
  switch (id) {
    case "region":
      return lang === "en" ? (a, b) => en(a.regionLabel, b.regionLabel) : DATA_ROW_COMPARE.region;
    case "tema":
      return lang === "en" ? (a, b) => en(a.themeLabel, b.themeLabel) : DATA_ROW_COMPARE.tema;
    case "titel":
      return DATA_ROW_COMPARE.titel;
    case "ar":
      return DATA_ROW_COMPARE.ar;
    case "typ":
      // TanStack's automatic text sort on the kind code.
      return (a, b) => (a.kind === b.kind ? 0 : a.kind > b.kind ? 1 : -1);
  }
}

/** Stable sort; ties keep the incoming order; years that are missing sort last whichever the direction. */
export function sortDataRows<T extends DataRow>(rows: T[], sort: DataViewState["sort"], lang: Lang): T[] {
  if (!sort) return rows;
  const cmp = columnCompare(sort.id, lang);
  const sign = sort.desc ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (sort.id === "ar") {
        const am = a.row.year === null, bm = b.row.year === null;
        if (am || bm) return am && bm ? a.index - b.index : am ? 1 : -1;
      }
      return sign * cmp(a.row, b.row) || a.index - b.index;
    })
    .map((x) => x.row);
}

export type DataPage = {
  /** The rows of this page only, without the search text (the server searches). */
  rows: DataRow[];
  /** Rows that match the filters, and rows in all. */
  matching: number;
  total: number;
  /** 1-based; past the end it is the last page. */
  page: number;
  pageCount: number;
};

/** Every row that matches the view's filters, in its sort order (downloads of the selection). */
export function matchingRows(rows: DataRow[], view: DataViewState, lang: Lang): DataRow[] {
  return sortDataRows(filterRows(rows, view), view.sort, lang);
}

export function dataPage(rows: DataRow[], view: DataViewState, lang: Lang): DataPage {
  const matching = matchingRows(rows, view, lang);
  const pageCount = Math.max(1, Math.ceil(matching.length / view.antal));
  const page = Math.min(view.sida, pageCount);
  const slice = matching.slice((page - 1) * view.antal, page * view.antal).map((r) => ({ ...r, haystack: "" }));
  return { rows: slice, matching: matching.length, total: rows.length, page, pageCount };
}
