/**
 * Import of the user's own records ("poster") and indicator values from CSV, XLSX or JSON. Pure: bytes in, validated
 * source rows or a list of Swedish errors out; no node: imports, so the browser reuses it (components/import's worker)
 * and scripts/import-data.ts does the file I/O. Two stages: `parseImport` (rows.ts) and `applyImport` (apply.ts); the
 * steps and their order are in README.md, "Your own data".
 */
export { applyImport, datasetText, type ImportPlan } from "./apply";
export { formatFigures, parseFigures } from "./cells";
export { detectSeparator, tokenizeCsv } from "./csv";
export { decodeText, firstInvalidUtf8, type Decoded } from "./decode";
export { jsonSyntaxError } from "./json";
export {
  ENTRY_COLUMNS, ENTRY_REQUIRED, MAX_IMPORT_BYTES, VALUE_COLUMNS, VALUE_REQUIRED, normaliseColumn,
  type ImportKind, type InputFile, type Table, type TableRow,
} from "./layout";
export { parseImport, type ImportBatch, type ImportedValueRow, type ImportRequest } from "./rows";
export { readTable } from "./table";
export { columnLetter, decodeXmlText, parseCellRef, readXlsx } from "./xlsx";
