/**
 * The records table's rows on the server, per language, in the default order (lib/derive/records sortEntries), made
 * once per process and shared by /data and /api/data. Server only.
 */
import { getDataset } from "./data";
import { dataRows, regionOptions, themeOptions } from "./records-table-data";
import { sortEntries } from "./derive/records";
import type { DataRow } from "./derive/table-rows";
import type { Known } from "./url-state";
import type { Lang } from "./i18n";

const rowsByLang = new Map<Lang, DataRow[]>();

export function allDataRows(lang: Lang): DataRow[] {
  let rows = rowsByLang.get(lang);
  if (!rows) {
    rows = dataRows(sortEntries(getDataset().entries), lang);
    rowsByLang.set(lang, rows);
  }
  return rows;
}

let known: Known | null = null;

/** The regions and themes a URL may name (anything else falls back to the default view). */
export function knownFilters(): Known {
  known ??= { regions: regionOptions(true).map((o) => o.value), themes: themeOptions().map((o) => o.value) };
  return known;
}
