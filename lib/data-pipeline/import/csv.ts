/** CSV of the user's own file: separator detection and the shared reader (../csv.ts) with the import's messages. */
import { readCsv } from "../csv";
import { fail, type Grid, type Result } from "./layout";

const SEPARATORS = [";", ",", "\t"] as const;
export type Separator = (typeof SEPARATORS)[number];
export const SEPARATOR_NAME: Record<Separator, string> = { ";": "semikolon", ",": "komma", "\t": "tabb" };

/** The separator used most in the first line (outside quotes); ties go to ";" (what Swedish Excel writes). */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) break;
    else if (!inQuotes && counts.has(c as Separator)) counts.set(c as Separator, counts.get(c as Separator)! + 1);
  }
  let best: Separator = ";";
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/**
 * RFC 4180 with a chosen separator. Row numbers count every line break outside quotes, so they match the row numbers
 * Excel shows for the same file (a quoted field with line breaks stays one row; an empty line is an empty row).
 */
export function tokenizeCsv(text: string, sep: string): Result<Grid> {
  const read = readCsv(text, sep);
  if ("rows" in read) return { ok: true, value: read.rows.map(({ row, cells }) => ({ row, cells })) };
  const { kind, row, char } = read.problem;
  if (kind === "unclosed-quote") return fail(`rad ${row}: citattecknet stängs aldrig`);
  return fail(`rad ${row}: oväntat tecken ${JSON.stringify(char)} efter ett citerat fält – ett citattecken i en text ska skrivas dubbelt ("")`);
}
