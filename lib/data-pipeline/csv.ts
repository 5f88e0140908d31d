/**
 * The one CSV reader, shared by the build (data/sources, `parseCsv`/`parseCsvRecords`) and the import of the user's own
 * files (lib/data-pipeline/import/csv.ts): RFC 4180 with a chosen separator, quoted fields, doubled quotes, separators
 * and line breaks inside quotes, CRLF or LF. Pure.
 */

export type CsvRow = {
  /** 1-based row as Excel shows it: every line break outside quotes counts (a quoted line break does not). */
  row: number;
  /** 1-based text line where the row starts (every line break counts, as an editor shows it). */
  line: number;
  cells: string[];
};
/** What stopped the reader: the reason in Swedish and where (Excel row and text line). */
export type CsvProblem = {
  kind: "unclosed-quote" | "after-quote" | "quote-in-field";
  message: string;
  row: number;
  line: number;
  /** With "after-quote": the character that follows the closing quote. */
  char?: string;
};

export type CsvOptions = {
  /** A `"` inside an unquoted field: part of the text (what Excel does) or an error (the build's strict reading). */
  quoteInField: "text" | "error";
};

/** Text → rows (empty lines are skipped but counted), or the first problem. */
export function readCsv(text: string, sep: string, options: CsvOptions = { quoteInField: "text" }): { rows: CsvRow[] } | { problem: CsvProblem } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = "";
  let inQuotes = false;
  let rowNo = 1;
  let line = 1;
  let rowLine = 1;
  let quoteRow = 1;
  let quoteLine = 1;
  let touched = false;
  const endRow = () => {
    cells.push(field);
    if (touched || field !== "") rows.push({ row: rowNo, line: rowLine, cells });
    cells = [];
    field = "";
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') {
        if (c === "\n") line++;
        field += c;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        inQuotes = false;
        const next = text[i + 1];
        if (next !== undefined && next !== sep && next !== "\n" && next !== "\r") {
          return { problem: { kind: "after-quote", message: `oväntat tecken ${JSON.stringify(next)} efter citerat fält`, row: rowNo, line, char: next } };
        }
      }
      continue;
    }
    if (c === '"' && field === "") {
      inQuotes = true;
      quoteRow = rowNo;
      quoteLine = line;
      touched = true;
    } else if (c === '"' && options.quoteInField === "error") {
      return { problem: { kind: "quote-in-field", message: "citattecken mitt i ett ociterat fält", row: rowNo, line } };
    } else if (c === sep) {
      cells.push(field);
      field = "";
      touched = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
      rowNo++;
      line++;
      rowLine = line;
    } else {
      field += c;
      touched = true;
    }
  }
  if (inQuotes) return { problem: { kind: "unclosed-quote", message: "citattecknet stängs aldrig", row: quoteRow, line: quoteLine } };
  if (touched || field !== "") endRow();
  return { rows };
}

/** Thrown by the build's reading of data/sources: the message starts with the 1-based text line. */
export class CsvError extends Error {
  constructor(message: string, public readonly line: number) {
    super(`rad ${line}: ${message}`);
    this.name = "CsvError";
  }
}

/** A comma-separated source file (optional UTF-8 BOM) → rows of fields; strict about stray quotes. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const read = readCsv(src, ",", { quoteInField: "error" });
  if ("problem" in read) throw new CsvError(read.problem.message, read.problem.line);
  return read.rows.map((r) => r.cells);
}

/** Parse a CSV with a header row into objects; every row must have exactly as many fields as the header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0].map((h) => h.trim());
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new CsvError(`kolumnen "${dup}" finns två gånger i rubrikraden`, 1);
  return rows.slice(1).map((r, i) => {
    if (r.length !== header.length) {
      throw new CsvError(`${r.length} fält, rubrikraden har ${header.length}`, i + 2);
    }
    const o: Record<string, string> = {};
    header.forEach((h, j) => (o[h] = r[j]));
    return o;
  });
}
