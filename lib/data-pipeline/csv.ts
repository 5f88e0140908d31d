/**
 * Minimal RFC 4180 CSV parser: quoted fields, doubled quotes, commas and newlines inside quotes,
 * CRLF or LF line endings, optional UTF-8 BOM. Pure; throws CsvError with a 1-based line number.
 */
export class CsvError extends Error {
  constructor(message: string, public readonly line: number) {
    super(`rad ${line}: ${message}`);
    this.name = "CsvError";
  }
}

export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let quoteStartLine = 1;
  let line = 1;
  let fieldStarted = false; // true once the current row has any content
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          const next = src[i + 1];
          if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
            throw new CsvError(`oväntat tecken ${JSON.stringify(next)} efter citerat fält`, line);
          }
        }
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== "") throw new CsvError("citattecken mitt i ett ociterat fält", line);
      inQuotes = true;
      quoteStartLine = line;
      fieldStarted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
      fieldStarted = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      if (fieldStarted || field !== "") {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = "";
      fieldStarted = false;
      line++;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvError("citattecknet stängs aldrig", quoteStartLine);
  if (fieldStarted || field !== "") {
    row.push(field);
    rows.push(row);
  }
  return rows;
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
