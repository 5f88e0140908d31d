/** The documented import layout (data/README.md, "Importera egna data"): kinds, columns, limits and shared types. */
import { cleanText } from "../text";

export type ImportKind = "entries" | "values";
export const ENTRY_COLUMNS = ["id", "region", "tema", "typ", "titel", "sammanfattning", "ar", "aktor", "kalla_url", "kalla_titel", "siffror"] as const;
export const ENTRY_REQUIRED: readonly string[] = ["region", "tema", "typ", "titel", "sammanfattning", "ar", "kalla_url", "kalla_titel"];
export const VALUE_COLUMNS = ["indikator", "region", "ar", "varde", "kalla_url", "kalla_titel", "anmarkning"] as const;
export const VALUE_REQUIRED: readonly string[] = ["indikator", "region", "ar", "varde", "kalla_url", "kalla_titel"];
export const COLUMNS: Record<ImportKind, readonly string[]> = { entries: ENTRY_COLUMNS, values: VALUE_COLUMNS };
export const REQUIRED: Record<ImportKind, readonly string[]> = { entries: ENTRY_REQUIRED, values: VALUE_REQUIRED };
/** Column names people bring from the dataset's own (English) format. */
const HINTS: Record<string, string> = {
  title: "titel", summary: "sammanfattning", theme: "tema", kind: "typ", year: "ar", actor: "aktor", figures: "siffror",
  source_url: "kalla_url", sourceurl: "kalla_url", source_title: "kalla_titel", sourcetitle: "kalla_titel", source: "kalla_url och kalla_titel",
  indicator: "indikator", value: "varde", note: "anmarkning", period: "ar", lan: "region", region_code: "region",
};

/** Largest file accepted (the 21 regions' records fit many times over; protects the browser and the build). */
/** Large enough for a full year of regional reports (the browser parses up to this in a worker). */

/** Large enough for a full year of regional reports (the browser parses up to this in a worker). */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

export type InputFile = { name: string; bytes: Uint8Array };
/** Rows of a CSV or XLSX sheet as read, with the row number Excel shows. */
export type Grid = { row: number; cells: string[] }[];
/** A data row: where the user finds it ("rad 7" / "post 3") and its cells by canonical column name. */
export type TableRow = { label: string; cells: Record<string, string> };
export type Table = { rows: TableRow[]; description: string };
export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };
export const fail = <T>(...errors: string[]): Result<T> => ({ ok: false, errors });

/** "Källa URL" → "kalla_url", "År" → "ar", "Anmärkning" → "anmarkning". */
export function normaliseColumn(name: string): string {
  return cleanText(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export const unknownColumn = (kind: ImportKind, name: string, where: string) => {
  const hint = HINTS[normaliseColumn(name)];
  return `${where}: okänd kolumn ${JSON.stringify(name)}${hint ? ` (menade du ${hint}?)` : ""} – tillåtna kolumner: ${COLUMNS[kind].join(", ")}`;
};

