/** How the data table sorts each sortable column; shared by the table and the benchmark so they cannot drift. */
import type { DataRow } from "./table-rows";

const sv = new Intl.Collator("sv-SE").compare;

export const DATA_ROW_COMPARE = {
  region: (a: DataRow, b: DataRow) => sv(a.regionLabel, b.regionLabel),
  tema: (a: DataRow, b: DataRow) => sv(a.themeLabel, b.themeLabel),
  titel: (a: DataRow, b: DataRow) => sv(a.title, b.title),
  ar: (a: DataRow, b: DataRow) => (a.year ?? 0) - (b.year ?? 0),
} as const;
