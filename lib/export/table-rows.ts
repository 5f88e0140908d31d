/** The data table's rows as export rows: exactly the filtered, sorted rows and visible columns the user sees. */
import type { DataRow } from "../derive/table-rows";
import { missingText, type Lang } from "../i18n";
import type { ExportColumn, ExportRow } from "./types";

/** Column ids are the same in both languages (they are the CSV/JSON keys); `label` is Swedish, `en` English. */
export const DATA_EXPORT_COLUMNS: (ExportColumn & { en: string; get: (r: DataRow) => string | number | null })[] = [
  { id: "region", label: "Region", en: "Region", get: (r) => r.regionLabel },
  { id: "tema", label: "Tema", en: "Theme", get: (r) => r.themeLabel },
  { id: "typ", label: "Typ", en: "Type", get: (r) => r.kind },
  { id: "titel", label: "Titel", en: "Title", get: (r) => r.title },
  { id: "sammanfattning", label: "Sammanfattning", en: "Summary", get: (r) => r.summary },
  { id: "siffror", label: "Siffror", en: "Figures", get: (r) => r.figures },
  { id: "ar", label: "År", en: "Year", numeric: true, get: (r) => r.year },
  { id: "kalla", label: "Källa", en: "Source", get: (r) => r.sourceTitle },
  { id: "kalla_url", label: "Källans adress", en: "Source URL", get: (r) => r.sourceUrl },
];

/** Header labels in `lang` (default Swedish); a missing value reads "Uppgift saknas" / "Not available". */
export function dataTableExport(rows: DataRow[], hidden: string[], lang: Lang = "sv"): { columns: ExportColumn[]; rows: ExportRow[] } {
  // The source address travels with the source title, so hiding "Källa" hides both.
  const cols = DATA_EXPORT_COLUMNS.filter((c) => !hidden.includes(c.id) && !(c.id === "kalla_url" && hidden.includes("kalla")));
  const missing = missingText(lang);
  return {
    columns: cols.map(({ id, label, en, numeric }) => ({ id, label: lang === "en" ? en : label, numeric })),
    rows: rows.map((r) => ({
      id: r.id,
      cells: Object.fromEntries(
        cols.map((c) => {
          const v = c.get(r);
          return [c.id, { t: v === null ? missing : String(v), v }];
        }),
      ),
    })),
  };
}
