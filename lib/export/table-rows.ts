/** The data table's rows as export rows: exactly the filtered, sorted rows and visible columns the user sees. */
import type { DataRow } from "../derive/table-rows";
import type { ExportColumn, ExportRow } from "./types";

export const DATA_EXPORT_COLUMNS: (ExportColumn & { get: (r: DataRow) => string | number | null })[] = [
  { id: "region", label: "Region", get: (r) => r.regionLabel },
  { id: "tema", label: "Tema", get: (r) => r.themeLabel },
  { id: "typ", label: "Typ", get: (r) => r.kind },
  { id: "titel", label: "Titel", get: (r) => r.title },
  { id: "sammanfattning", label: "Sammanfattning", get: (r) => r.summary },
  { id: "siffror", label: "Siffror", get: (r) => r.figures },
  { id: "ar", label: "År", numeric: true, get: (r) => r.year },
  { id: "kalla", label: "Källa", get: (r) => r.sourceTitle },
  { id: "kalla_url", label: "Källans adress", get: (r) => r.sourceUrl },
];

export function dataTableExport(rows: DataRow[], hidden: string[]): { columns: ExportColumn[]; rows: ExportRow[] } {
  // The source address travels with the source title, so hiding "Källa" hides both.
  const cols = DATA_EXPORT_COLUMNS.filter((c) => !hidden.includes(c.id) && !(c.id === "kalla_url" && hidden.includes("kalla")));
  return {
    columns: cols.map(({ id, label, numeric }) => ({ id, label, numeric })),
    rows: rows.map((r) => ({
      id: r.id,
      cells: Object.fromEntries(
        cols.map((c) => {
          const v = c.get(r);
          return [c.id, { t: v === null ? "Uppgift saknas" : String(v), v }];
        }),
      ),
    })),
  };
}
