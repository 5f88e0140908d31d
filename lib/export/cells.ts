import type { ExportCell, ExportColumn } from "./types";

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection, OWASP). A leading
 * apostrophe makes them plain text again; the apostrophe is visible, which is the point.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell's exported value: the raw number for numeric columns (full precision, never the rounded display text),
 * otherwise the text the reader sees. Missing numbers fall back to their text ("Uppgift saknas").
 */
export type CellValue = { kind: "number"; value: number } | { kind: "text"; value: string };

export function cellValue(column: ExportColumn, cell: ExportCell | undefined): CellValue {
  if (column.numeric && typeof cell?.v === "number" && Number.isFinite(cell.v)) return { kind: "number", value: cell.v };
  return { kind: "text", value: guardText(cell?.t ?? "") };
}

/** A number as plain digits, never exponent notation (spreadsheets read "1e-7" as text in some locales). */
export function plainNumber(n: number): string {
  if (Object.is(n, -0)) return "0";
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  // Shift the decimal point of the shortest round-trip digits; no digits are invented.
  const [, sign, lead, frac = "", expText] = m;
  const digits = lead + frac;
  const point = 1 + Number(expText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
