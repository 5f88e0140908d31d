import { cellValue, guardText, plainNumber } from "./cells";
import type { ExportColumn, ExportRow } from "./types";

export type CsvOptions = {
  separator: "," | ";";
  /** "12,3" instead of "12.3" (Excel with Swedish settings reads only this as a number). */
  decimalComma: boolean;
  /** A UTF-8 byte order mark, so Excel reads å, ä and ö correctly. */
  bom: boolean;
  /** Record separator; RFC 4180 says CRLF, which every spreadsheet program reads. */
  newline?: "\r\n" | "\n";
};

/** "CSV": UTF-8 with BOM, comma, decimal point. */
export const CSV_STANDARD = { separator: ",", decimalComma: false, bom: true, newline: "\r\n" } as const satisfies CsvOptions;
/** "CSV för Excel": semicolon, decimal comma, BOM, CRLF – what Excel with Swedish regional settings expects. */
export const CSV_EXCEL = { separator: ";", decimalComma: true, bom: true, newline: "\r\n" } as const satisfies CsvOptions;

const BOM = "\uFEFF";

/**
 * RFC 4180: quote a field that holds the separator, a quote or a line break; double the quotes inside. With
 * `edgeSpace`, also a field that starts or ends with white space (the data files' writer: readers may trim it).
 * The one CSV field writer: the table-twin export below and the import's data/sources/imported-values.csv.
 */
export function quoteCsvField(field: string, separator: string, edgeSpace = false): string {
  const needs = field.includes(separator) || /["\r\n]/.test(field) || (edgeSpace && /^\s|\s$/.test(field));
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The table twin as CSV: a header row of column labels, then one record per row in the order given. Numeric
 * columns carry the raw value (full precision); other cells the text shown. Text that a spreadsheet would run as a
 * formula gets a leading apostrophe; real numbers, negative ones included, stay numbers.
 */
export function toCsv(columns: ExportColumn[], rows: ExportRow[], options: CsvOptions): string {
  const { separator, decimalComma, bom, newline = "\r\n" } = options;
  const field = (column: ExportColumn, row: ExportRow): string => {
    const c = cellValue(column, row.cells[column.id]);
    if (c.kind === "number") {
      const n = plainNumber(c.value);
      return quoteCsvField(decimalComma ? n.replace(".", ",") : n, separator);
    }
    return quoteCsvField(c.value, separator);
  };
  const header = columns.map((c) => quoteCsvField(guardText(c.label), separator));
  const lines = [header.join(separator), ...rows.map((r) => columns.map((c) => field(c, r)).join(separator))];
  return (bom ? BOM : "") + lines.join(newline) + newline;
}
