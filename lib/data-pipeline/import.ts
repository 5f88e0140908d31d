/**
 * Import of the user's own records ("poster") and indicator values from CSV, XLSX or JSON. Pure: bytes in, validated
 * source rows or a list of Swedish errors out; no node: imports, so the browser can reuse it (scripts/import-data.ts
 * does the file I/O). Two stages:
 *
 *  1. `parseImport` – decode the file, read the table, resolve names, validate every row on its own with the same
 *     rules as the build (normaliseImportedEntry / valueSchema). Needs only the metadata (data/meta).
 *  2. `applyImport` – merge the accepted rows into the import source files (data/sources/imported-*.{json,csv}),
 *     build the whole dataset from those *serialised* files with the pipeline (buildDataset + datasetSchema), so the
 *     written dataset.json is exactly what `npm run data:build` makes of the written sources, and diff it.
 *
 * Every error names the row as the user sees it ("rad 7" = Excel row 7, header = rad 1; "post 3" in JSON), the column
 * and the reason, and all errors of a stage are returned at once.
 */
import { unzipSync } from "fflate";
import { plainNumber } from "../export/cells";
import { MAX_YEAR, MIN_YEAR, NATIONAL_CODE, check, datasetSchema, httpUrl, indicatorSchema, sourceRefSchema, valueSchema, type Dataset, type Figure, type IndicatorValue } from "../schema";
import { parseCsvRecords } from "./csv";
import { diffDatasets, stableStringify, summarise } from "./diff";
import { parseFigure, parseSwedishNumber, QUALIFIERS, type RawFigure } from "./figures";
import {
  IMPORTED_ENTRIES_FILE, IMPORTED_INDICATORS_FILE, IMPORTED_VALUES_FILE, IMPORTED_VALUE_EXTRA_COLUMNS, INDICATOR_COLUMNS,
  MAX_SIGNIFICANT_DIGITS, buildDataset, importedEntriesFileSchema, importedIndicatorsFileSchema, normaliseImportedEntry,
  significantDigits, type BuildInput, type ImportedEntry, type ImportedField, type ImportedIndicator, type MetaInput,
} from "./normalize";
import { cleanText, entryId, periodLabel } from "./text";
import { typedSource } from "./steps/source-type";

// ---------- the documented layout ----------

export type ImportKind = "entries" | "values";
export const ENTRY_COLUMNS = ["id", "region", "tema", "typ", "titel", "sammanfattning", "ar", "aktor", "kalla_url", "kalla_titel", "siffror"] as const;
export const ENTRY_REQUIRED: readonly string[] = ["region", "tema", "typ", "titel", "sammanfattning", "ar", "kalla_url", "kalla_titel"];
export const VALUE_COLUMNS = ["indikator", "region", "ar", "varde", "kalla_url", "kalla_titel", "anmarkning"] as const;
export const VALUE_REQUIRED: readonly string[] = ["indikator", "region", "ar", "varde", "kalla_url", "kalla_titel"];
const COLUMNS: Record<ImportKind, readonly string[]> = { entries: ENTRY_COLUMNS, values: VALUE_COLUMNS };
const REQUIRED: Record<ImportKind, readonly string[]> = { entries: ENTRY_REQUIRED, values: VALUE_REQUIRED };
/** Column names people bring from the dataset's own (English) format. */
const HINTS: Record<string, string> = {
  title: "titel", summary: "sammanfattning", theme: "tema", kind: "typ", year: "ar", actor: "aktor", figures: "siffror",
  source_url: "kalla_url", sourceurl: "kalla_url", source_title: "kalla_titel", sourcetitle: "kalla_titel", source: "kalla_url och kalla_titel",
  indicator: "indikator", value: "varde", note: "anmarkning", period: "ar", lan: "region", region_code: "region",
};

/** Largest file accepted (the 21 regions' records fit many times over; protects the browser and the build). */
/** Large enough for a full year of regional reports (the browser parses up to this in a worker). */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;
/** Largest unpacked XML part read from an XLSX (guards against zip bombs). */
const MAX_XML_BYTES = 100 * 1024 * 1024;

export type InputFile = { name: string; bytes: Uint8Array };
/** A data row: where the user finds it ("rad 7" / "post 3") and its cells by canonical column name. */
export type TableRow = { label: string; cells: Record<string, string> };
export type Table = { rows: TableRow[]; description: string };
type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };
const fail = <T>(...errors: string[]): Result<T> => ({ ok: false, errors });

// ---------- decoding ----------

/** Windows-1252 0x80–0x9F (-1 = undefined byte). Node 20's TextDecoder treats these bytes as Latin-1, browsers do not. */
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};
const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

export type Decoded = { text: string; encoding: "UTF-8" | "UTF-8 med BOM" | "Windows-1252" };

/** Valid UTF-8 (with or without BOM) → UTF-8; otherwise Windows-1252 – unless the bytes show that it is neither. */
export function decodeText(bytes: Uint8Array): Result<Decoded> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('filen är kodad som UTF-16 – spara den som "CSV UTF-8 (kommaavgränsad)" eller som Excel-arbetsbok (.xlsx)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(`filen innehåller nolltecken (byte 0x00 på textrad ${lineAt(bytes, nul)}) – den är binär eller kodad som UTF-16; spara den som CSV UTF-8`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, value: { text: new TextDecoder("utf-8").decode(bytes), encoding: bom ? "UTF-8 med BOM" : "UTF-8" } };
  }
  // A genuine Windows-1252 file practically never contains a valid two-byte UTF-8 sequence ("Ã¥"); if it does, the
  // file mixes encodings and decoding it either way would corrupt letters silently.
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] >= 0xc2 && bytes[i] <= 0xdf && (bytes[i + 1] & 0xc0) === 0x80) {
      return fail(`filen blandar teckenkodningar: den är mestadels UTF-8 men byte ${hexByte(bytes[bad])} på textrad ${lineAt(bytes, bad)} är inte giltig UTF-8 – spara om den som CSV UTF-8`);
    }
  }
  const raw = new TextDecoder("windows-1252").decode(bytes);
  let text = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) {
      const mapped = CP1252_HIGH[c - 0x80];
      if (mapped < 0) {
        return fail(`ogiltig byte ${hexByte(c)} på textrad ${lineAt(bytes, i)}: filen är varken giltig UTF-8 eller Windows-1252`);
      }
      text += String.fromCharCode(mapped);
    } else text += raw[i];
  }
  return { ok: true, value: { text, encoding: "Windows-1252" } };
}

// ---------- CSV ----------

type Grid = { row: number; cells: string[] }[];
const SEPARATORS = [";", ",", "\t"] as const;
type Separator = (typeof SEPARATORS)[number];
const SEPARATOR_NAME: Record<Separator, string> = { ";": "semikolon", ",": "komma", "\t": "tabb" };

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
  const grid: Grid = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let rowNo = 1;
  let quoteRow = 1;
  let touched = false;
  const endRow = () => {
    row.push(field);
    if (touched || field !== "") grid.push({ row: rowNo, cells: row });
    row = [];
    field = "";
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        inQuotes = false;
        const next = text[i + 1];
        if (next !== undefined && next !== sep && next !== "\n" && next !== "\r") {
          return fail(`rad ${rowNo}: oväntat tecken ${JSON.stringify(next)} efter ett citerat fält – ett citattecken i en text ska skrivas dubbelt ("")`);
        }
      }
      continue;
    }
    if (c === '"' && field === "") {
      inQuotes = true;
      quoteRow = rowNo;
      touched = true;
    } else if (c === sep) {
      row.push(field);
      field = "";
      touched = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
      rowNo++;
    } else field += c;
  }
  if (inQuotes) return fail(`rad ${quoteRow}: citattecknet stängs aldrig`);
  if (touched || field !== "") endRow();
  return { ok: true, value: grid };
}

// ---------- XLSX ----------

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character data → text: entities, numeric references and OOXML's `_x000D_` escapes. */
export function decodeXmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
      if (e[0] !== "#") return XML_ENTITIES[e] ?? m;
      const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const attrs = (s: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decodeXmlText(m[2]);
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*'([^']*)'/g)) out[m[1]] = decodeXmlText(m[2]);
  return out;
};
const localAttr = (a: Record<string, string>, name: string) => {
  const k = Object.keys(a).find((key) => key === name || key.endsWith(`:${name}`));
  return k === undefined ? undefined : a[k];
};
/** Text of all <t> elements (rich-text runs), without phonetic runs (<rPh>). */
const runText = (xml: string) =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((m) => decodeXmlText(m[1] ?? "")).join("");

/** "C12" → { col: 2, row: 12 }. */
export function parseCellRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (col > 16384 || row < 1 || row > 1048576) return null;
  return { col: col - 1, row };
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const resolvePart = (base: string, target: string) => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
};
const relsOf = (part: string) => {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};
const relationships = (xml: string | undefined) =>
  [...(xml ?? "").matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].map((m) => attrs(m[1]));

/**
 * Every opened element has its closing tag. Checked before the lazy regular expressions below run, so a damaged or
 * hostile sheet with thousands of unclosed <c> cannot make them scan the rest of the part again for each one.
 */
function balanced(xml: string, tag: string): boolean {
  let open = 0;
  for (const m of xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}(?=[\\s>/])[^>]*>`, "g"))) if (!m[0].endsWith("/>")) open++;
  const close = xml.match(new RegExp(`</(?:\\w+:)?${tag}>`, "g"))?.length ?? 0;
  return open === close;
}

/** Numeric cell text as Excel shows it: 15 significant digits, never exponent notation ("3.2999999999999998" → "3.3"). */
function excelNumber(v: string): string {
  const n = Number(v.trim());
  if (v.trim() === "" || !Number.isFinite(n)) return v.trim();
  return plainNumber(Number(n.toPrecision(15)));
}

/** The first sheet of an XLSX as a grid (row numbers from the cell references). */
export function readXlsx(bytes: Uint8Array): Result<Grid> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
  if (!isZip) {
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      return fail("filen är en äldre Excel-fil (.xls) – spara den som Excel-arbetsbok (.xlsx) eller CSV UTF-8");
    }
    return fail("filen är inte en giltig XLSX-fil (inte ett zip-arkiv) – spara den i Excel som Excel-arbetsbok (.xlsx)");
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/i.test(f.name) && f.originalSize <= MAX_XML_BYTES });
  } catch {
    return fail("XLSX-filen är skadad och går inte att packa upp");
  }
  const utf8 = new TextDecoder("utf-8");
  const part = (name: string) => (files[name] ? utf8.decode(files[name]) : undefined);
  const noSheet = "XLSX-filen innehåller inget kalkylblad";
  const officeDoc = relationships(part("_rels/.rels")).find((r) => /\/officeDocument$/.test(r.Type ?? ""));
  const workbookPath = officeDoc?.Target ? resolvePart("", officeDoc.Target) : "xl/workbook.xml";
  const workbook = part(workbookPath);
  if (!workbook) return fail(noSheet);
  const firstSheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook);
  if (!firstSheet) return fail(noSheet);
  const wbRels = relationships(part(relsOf(workbookPath)));
  const rid = localAttr(attrs(firstSheet[1]), "id");
  const sheetRel = wbRels.find((r) => r.Id === rid);
  const sheetPath = sheetRel?.Target ? resolvePart(workbookPath, sheetRel.Target) : "xl/worksheets/sheet1.xml";
  const sheet = part(sheetPath);
  if (!sheet) return fail(noSheet);
  if (!["sheetData", "row", "c", "is", "v", "f", "t"].every((t) => balanced(sheet, t))) return fail("XLSX-filen är skadad: kalkylbladets XML är inte komplett");
  const sstRel = wbRels.find((r) => /\/sharedStrings$/.test(r.Type ?? ""));
  const sstXml = part(sstRel?.Target ? resolvePart(workbookPath, sstRel.Target) : "xl/sharedStrings.xml");
  if (sstXml && !["si", "t", "r", "rPh"].every((t) => balanced(sstXml, t))) return fail("XLSX-filen är skadad: tabellen med delade texter är inte komplett");
  const shared = sstXml ? [...sstXml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => runText(m[1] ?? "")) : [];

  const rows = new Map<number, string[]>();
  const data = /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?sheetData>)/.exec(sheet)?.[1] ?? "";
  let lastRow = 0;
  for (const rm of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const ra = attrs(rm[1]);
    const rowNo = ra.r !== undefined ? Number(ra.r) : lastRow + 1;
    if (!Number.isInteger(rowNo) || rowNo < 1 || rowNo > 1048576) return fail(`XLSX-filen är skadad: ogiltigt radnummer ${JSON.stringify(ra.r)}`);
    lastRow = rowNo;
    const cells = rows.get(rowNo) ?? [];
    let lastCol = -1;
    for (const cm of (rm[2] ?? "").matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const ca = attrs(cm[1]);
      let col = lastCol + 1;
      if (ca.r !== undefined) {
        const ref = parseCellRef(ca.r);
        if (!ref) return fail(`XLSX-filen är skadad: ogiltig cellreferens ${JSON.stringify(ca.r)} på rad ${rowNo}`);
        col = ref.col;
      }
      lastCol = col;
      const inner = cm[2] ?? "";
      const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
      const f = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/.exec(inner);
      const raw = v ? decodeXmlText(v[1]) : undefined;
      let text: string;
      switch (ca.t) {
        case "s": {
          const idx = Number(raw);
          if (raw === undefined || !Number.isInteger(idx) || idx < 0 || idx >= shared.length) {
            return fail(`XLSX-filen är skadad: cell ${columnLetter(col)}${rowNo} pekar på en delad text som inte finns`);
          }
          text = shared[idx];
          break;
        }
        case "inlineStr":
          text = runText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? "");
          break;
        case "b":
          text = raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : (raw ?? "");
          break;
        case "str":
        case "e":
        case "d":
          text = raw ?? "";
          break;
        default:
          text = raw !== undefined ? excelNumber(raw) : "";
      }
      // A formula without a cached result: keep the formula as plain text (it is never evaluated).
      if (raw === undefined && f && text === "") text = `=${decodeXmlText(f[1])}`;
      cells[col] = text;
    }
    rows.set(rowNo, cells);
  }
  const grid: Grid = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => ({ row, cells: Array.from({ length: cells.length }, (_, i) => cells[i] ?? "") }))
    .filter((r) => r.cells.some((c) => c !== ""));
  return { ok: true, value: grid };
}

// ---------- JSON ----------

class JsonSyntax extends Error {
  constructor(message: string, public readonly at: number) {
    super(message);
  }
}

/** Where and why JSON.parse failed, in Swedish and independent of the JavaScript engine's wording. */
export function jsonSyntaxError(text: string): string {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const desc = () => (i >= n ? "slutet av filen" : JSON.stringify(text[i]));
  const err = (msg: string): never => {
    throw new JsonSyntax(msg, i);
  };
  const str = () => {
    i++;
    for (;;) {
      if (i >= n) err("texten (citattecknet) stängs aldrig");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else err("ogiltig escape-sekvens efter \\");
      } else if (c < 0x20) err("radbrytning eller kontrolltecken inuti en text – skriv \\n");
      else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 500) err("för djupt nästlad");
    ws();
    if (i >= n) err("filen tar slut mitt i ett värde");
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (c === "{") {
          if (text[i] !== '"') err(text[i] === "}" ? "kommatecken före }" : `väntade ett namn inom citattecken men fick ${desc()}`);
          str();
          ws();
          if (text[i] !== ":") err(`väntade ":" men fick ${desc()}`);
          i++;
        } else if (text[i] === "]") err("kommatecken före ]");
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return;
        }
        err(`väntade "," eller "${close}" men fick ${desc()}`);
      }
    }
    if (c === '"') return str();
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = i;
    if ((c === "-" || (c >= "0" && c <= "9")) && num.exec(text)) {
      i = num.lastIndex;
      return;
    }
    for (const lit of ["true", "false", "null"]) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    err(`oväntat tecken ${desc()}`);
  };
  try {
    value(0);
    ws();
    if (i < n) err(`oväntat tecken ${desc()} efter slutet av JSON-värdet`);
    return "ogiltig JSON";
  } catch (e) {
    if (!(e instanceof JsonSyntax)) return "ogiltig JSON";
    const before = text.slice(0, e.at);
    const line = before.split("\n").length;
    const col = e.at - before.lastIndexOf("\n");
    return `ogiltig JSON på rad ${line}, tecken ${col}: ${e.message}`;
  }
}

const typeName = (v: unknown) =>
  Array.isArray(v) ? "lista" : v === null ? "null" : typeof v === "object" ? "objekt" : typeof v === "boolean" ? "sant/falskt" : typeof v === "number" ? "tal" : typeof v === "string" ? "text" : typeof v;

// ---------- header and table ----------

/** "Källa URL" → "kalla_url", "År" → "ar", "Anmärkning" → "anmarkning". */
export function normaliseColumn(name: string): string {
  return cleanText(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const unknownColumn = (kind: ImportKind, name: string, where: string) => {
  const hint = HINTS[normaliseColumn(name)];
  return `${where}: okänd kolumn ${JSON.stringify(name)}${hint ? ` (menade du ${hint}?)` : ""} – tillåtna kolumner: ${COLUMNS[kind].join(", ")}`;
};

/** Header + data rows of a CSV/XLSX grid → table rows by canonical column, or every header/structure problem. */
function gridToTable(grid: Grid, kind: ImportKind, strictWidth: boolean, description: string): Result<Table> {
  if (grid.length === 0) return fail("filen är tom");
  const [head, ...body] = grid;
  const errors: string[] = [];
  const H = `rad ${head.row}`;
  const width = head.cells.length;
  const columns: (string | null)[] = [];
  const seen = new Map<string, string>();
  head.cells.forEach((h, i) => {
    const name = normaliseColumn(h);
    if (!name) {
      const used = body.find((r) => (r.cells[i] ?? "").trim() !== "");
      if (used) errors.push(`${H}, kolumn ${columnLetter(i)}: kolumnen saknar namn men har värden (t.ex. rad ${used.row})`);
      columns.push(null);
      return;
    }
    if (!COLUMNS[kind].includes(name)) {
      errors.push(unknownColumn(kind, h.trim(), H));
      columns.push(null);
      return;
    }
    if (seen.has(name)) errors.push(`${H}: kolumnen ${name} finns två gånger (${seen.get(name)} och ${columnLetter(i)})`);
    seen.set(name, columnLetter(i));
    columns.push(name);
  });
  if (head.cells.every((h) => normaliseColumn(h) === "")) {
    return fail(`${H}: rubrikraden är tom – första raden ska innehålla kolumnnamnen (${COLUMNS[kind].join(", ")})`);
  }
  for (const c of REQUIRED[kind]) if (!seen.has(c)) errors.push(`${H}: obligatorisk kolumn saknas: ${c}`);
  const rows: TableRow[] = [];
  for (const r of body) {
    if (r.cells.every((c) => c.trim() === "")) continue;
    if (strictWidth && r.cells.length !== width) {
      errors.push(`rad ${r.row}: ${r.cells.length} fält, rubrikraden har ${width}`);
      continue;
    }
    const beyond = r.cells.findIndex((c, i) => i >= width && c.trim() !== "");
    if (beyond >= 0) {
      errors.push(`rad ${r.row}, kolumn ${columnLetter(beyond)}: värde utanför rubrikradens kolumner`);
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (c) cells[c] = r.cells[i] ?? "";
    });
    rows.push({ label: `rad ${r.row}`, cells });
  }
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return fail("filen har en rubrikrad men inga datarader");
  return { ok: true, value: { rows, description } };
}

function jsonToTable(text: string, kind: ImportKind, description: string): Result<Table> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(jsonSyntaxError(text));
  }
  const key = kind === "entries" ? "entries" : "values";
  const list = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as Record<string, unknown>)[key]) ? ((data as Record<string, unknown>)[key] as unknown[]) : null;
  if (!list) return fail(`JSON-filen ska vara en lista med rader eller ett objekt med listan "${key}", t.ex. [{"region": "09", …}]`);
  if (list.length === 0) return fail("filen innehåller inga rader");
  const errors: string[] = [];
  const reported = new Set<string>();
  const rows: TableRow[] = [];
  list.forEach((item, i) => {
    const label = `post ${i + 1}`;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      errors.push(`${label}: ska vara ett objekt med kolumnnamn som nycklar, t.ex. {"region": "09", …} (fick ${typeName(item)})`);
      return;
    }
    const cells: Record<string, string> = {};
    const from = new Map<string, string>();
    for (const [k, v] of Object.entries(item)) {
      const name = normaliseColumn(k);
      if (!COLUMNS[kind].includes(name)) {
        if (!reported.has(k)) errors.push(unknownColumn(kind, k, label));
        reported.add(k);
        continue;
      }
      if (from.has(name)) {
        errors.push(`${label}: kolumnen ${name} finns två gånger (${JSON.stringify(from.get(name))} och ${JSON.stringify(k)})`);
        continue;
      }
      from.set(name, k);
      if (v === null || v === undefined) cells[name] = "";
      else if (typeof v === "string") cells[name] = v;
      else if (typeof v === "number") {
        if (!Number.isFinite(v)) errors.push(`${label}, kolumn ${name}: talet är för stort`);
        else cells[name] = plainNumber(v);
      } else errors.push(`${label}, kolumn ${name}: fel typ (${typeName(v)}) – ska vara text eller tal`);
    }
    rows.push({ label, cells });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { rows, description } };
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Bytes + file name → table of rows (CSV, XLSX first sheet, or JSON), or every problem found in the structure. */
export function readTable(file: InputFile, kind: ImportKind): Result<Table> {
  const { bytes } = file;
  if (bytes.length > MAX_IMPORT_BYTES) return fail(`filen är för stor (${(bytes.length / 1048576).toFixed(1)} MB; högst ${MAX_IMPORT_BYTES / 1048576} MB)`);
  const ext = /\.([^.\\/]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
  if (!["csv", "txt", "xlsx", "json"].includes(ext)) return fail(`okänd filtyp ${JSON.stringify(ext ? "." + ext : file.name)} – använd .csv, .xlsx eller .json`);
  if (bytes.length === 0) return fail("filen är tom");
  let table: Result<Table>;
  if (ext === "xlsx") {
    const grid = readXlsx(bytes);
    if (!grid.ok) return grid;
    table = gridToTable(grid.value, kind, false, "XLSX, första bladet");
  } else {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
      return fail(`filen är ett zip-arkiv (troligen en Excel-arbetsbok) men heter .${ext} – döp om den till .xlsx`);
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    const text = decoded.value.text.replace(/^\uFEFF/, "");
    if (text.trim() === "") return fail("filen är tom");
    if (ext === "json") {
      table = jsonToTable(text, kind, `JSON, ${decoded.value.encoding}`);
    } else {
      // Excel's "sep=;" hint line is not shown as a row in Excel, so it does not count.
      const hint = /^sep=(.)\r?\n/i.exec(text);
      const body = hint ? text.slice(hint[0].length) : text;
      const sep = (hint?.[1] ?? detectSeparator(body)) as Separator;
      const grid = tokenizeCsv(body, sep);
      if (!grid.ok) return grid;
      table = gridToTable(grid.value, kind, true, `CSV, ${decoded.value.encoding}, ${SEPARATOR_NAME[sep] ?? JSON.stringify(sep)}avgränsad`);
    }
  }
  if (!table.ok) return table;
  const errors: string[] = [];
  for (const r of table.value.rows) {
    for (const [col, v] of Object.entries(r.cells)) {
      const m = CONTROL.exec(v);
      if (m) errors.push(`${r.label}, kolumn ${col}: otillåtet kontrolltecken U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    }
  }
  return errors.length ? { ok: false, errors } : table;
}

// ---------- values in cells ----------

type Ctx = {
  meta: MetaInput;
  sourceTypes?: MetaInput["sourceTypes"];
  regionByName: Map<string, string>;
  regionCodes: Set<string>;
  themeByName: Map<string, string>;
  themeSlugs: Set<string>;
};

const key = (s: string) => cleanText(s).toLowerCase();

function context(meta: MetaInput): Ctx {
  const regionByName = new Map<string, string>();
  for (const [name, code] of Object.entries(meta.regionNames)) if (!name.startsWith("_")) regionByName.set(key(name), code);
  for (const r of meta.regions) for (const n of [r.name, r.county, r.organisation]) regionByName.set(key(n), r.code);
  regionByName.set("riket", NATIONAL_CODE);
  const themeByName = new Map<string, string>();
  for (const t of meta.themes) for (const n of [t.slug, t.nameSv, ...t.sourceNames]) themeByName.set(key(n), t.slug);
  return {
    meta, sourceTypes: meta.sourceTypes, regionByName, regionCodes: new Set(meta.regions.map((r) => r.code)), themeByName, themeSlugs: new Set(meta.themes.map((t) => t.slug)),
  };
}

/** "09", "9" (Excel drops the leading zero), "Region Gotland", "Gotland", "Gotlands län", "Alla regioner"/"Riket" → "00". */
function resolveRegion(raw: string, ctx: Ctx): string | null {
  const t = cleanText(raw);
  if (/^\d{1,2}$/.test(t)) {
    const code = t.padStart(2, "0");
    return code === NATIONAL_CODE || ctx.regionCodes.has(code) ? code : null;
  }
  return ctx.regionByName.get(t.toLowerCase()) ?? null;
}

function parseYear(raw: string): { year: number | null } | { error: string } {
  const t = cleanText(raw);
  if (t === "") return { year: null };
  if (!/^\d{4}$/.test(t)) return { error: `ogiltigt år ${JSON.stringify(raw)}: ange ett årtal med fyra siffror, t.ex. 2023, eller lämna tomt` };
  const year = Number(t);
  if (year < MIN_YEAR || year > MAX_YEAR) return { error: `året ${year} ligger utanför ${MIN_YEAR}–${MAX_YEAR}` };
  return { year };
}

const N = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const LEADING_NUMBER = new RegExp(String.raw`^((?:(?:${QUALIFIERS.join("|")})\s+)?[-−]?(?:${N})(?:\s*[–-]\s*(?:${N}))?)(?=\s|$)\s*(.*)$`, "i");

/**
 * "Stöd: över 110 MSEK; Antal: 3 st" → raw figures {label, value, unit}, the input format of figures.ts. Figures are
 * separated by ";" or line breaks; label and value by ": " (the first colon followed by a space, else the only colon).
 * The value is the leading number or range with an optional qualifier, and the rest is the unit. Text that is not a
 * number is the value as a whole; to give such text a unit, quote it: `Sista dag: "21 februari" datum`.
 */
export function parseFigures(text: string): { figures: RawFigure[] } | { error: string } {
  const parts: string[] = [];
  let cur = "";
  let q = false;
  for (const c of text) {
    if (c === '"') q = !q;
    if (!q && (c === ";" || c === "\n" || c === "\r")) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  const figures: RawFigure[] = [];
  for (const part of parts.map(cleanText).filter(Boolean)) {
    // A label that itself contains ": " is written in quotes: "RUS-mål: minskade utsläpp": 70 procent.
    const quoted = /^"([^"]+)"\s*:/.exec(part);
    const colon = quoted ? quoted[0].length - 1 : /:\s/.exec(part)?.index ?? (part.split(":").length === 2 ? part.indexOf(":") : -1);
    const label = quoted ? cleanText(quoted[1]) : colon >= 0 ? cleanText(part.slice(0, colon)) : "";
    const rest = colon >= 0 ? cleanText(part.slice(colon + 1)) : "";
    if (!label) return { error: `siffran ${JSON.stringify(part)} saknar etikett – skriv "Etikett: värde enhet", t.ex. "Stöd: över 110 MSEK"` };
    if (!rest) return { error: `siffran ${JSON.stringify(part)} saknar värde – skriv "Etikett: värde enhet", t.ex. "Stöd: över 110 MSEK"` };
    if (rest.startsWith('"')) {
      const end = rest.indexOf('"', 1);
      if (end < 0) return { error: `siffran ${JSON.stringify(part)}: citattecknet stängs aldrig` };
      const value = cleanText(rest.slice(1, end));
      if (!value) return { error: `siffran ${JSON.stringify(part)} saknar värde` };
      figures.push({ label, value, unit: cleanText(rest.slice(end + 1)) });
      continue;
    }
    const m = LEADING_NUMBER.exec(rest);
    figures.push(m ? { label, value: m[1], unit: cleanText(m[2]) } : { label, value: rest, unit: "" });
  }
  return { figures };
}

/** Figures → the text of the `siffror` column; parsing it back gives the same figures (used for the templates). */
export function formatFigures(figures: Figure[]): string {
  return figures
    .map((f) => {
      const unit = f.unit ? ` ${f.unit}` : "";
      const paren = /^(.*) \((.+)\)$/.exec(f.text);
      const label = f.label.includes(": ") ? `"${f.label}"` : f.label;
      const candidates = [`${label}: ${f.text}${unit}`, ...(paren ? [`${label}: ${paren[1]}${unit} (${paren[2]})`] : []), `${label}: "${f.text}"${unit}`];
      const ok = candidates.find((c) => {
        const p = parseFigures(c);
        return "figures" in p && p.figures.length === 1 && stableStringify(parseFigure(p.figures[0])) === stableStringify(f);
      });
      if (!ok) throw new Error(`siffran ${JSON.stringify(f)} kan inte skrivas i kolumnen siffror`);
      return ok;
    })
    .join("; ");
}

/** Swedish or plain decimal number ("3,4", "3.4", "1 234,5", "−2") with at most 15 significant digits. */
function parseNumber(raw: string): { value: number } | { error: string } {
  const t = cleanText(raw);
  if (t === "") return { error: "värde saknas" };
  const n = parseSwedishNumber(t);
  if (n === null) return { error: `ogiltigt tal ${JSON.stringify(raw)}: ange ett tal med decimalkomma eller decimalpunkt, t.ex. 3,4` };
  if (significantDigits(t) > MAX_SIGNIFICANT_DIGITS) {
    return { error: `talet ${JSON.stringify(raw)} har fler än ${MAX_SIGNIFICANT_DIGITS} värdesiffror och kan inte lagras exakt` };
  }
  return { value: Object.is(n, -0) ? 0 : n };
}

const urlError = (raw: string): string | null => {
  const r = httpUrl.safeParse(raw.trim());
  return r.success ? null : r.error.issues[0].message;
};

// ---------- stage 1: rows ----------

const ENTRY_COLUMN_OF: Record<ImportedField, string> = {
  id: "id", region: "region", theme: "tema", kind: "typ", title: "titel", summary: "sammanfattning", figures: "siffror",
  year: "ar", actor: "aktor", sourceUrl: "kalla_url", sourceTitle: "kalla_titel",
};

export type ImportedValueRow = Record<string, string>;
export type ImportBatch = {
  kind: ImportKind;
  /** The user's file name (no directories). */
  file: string;
  description: string;
  entries: { rec: ImportedEntry; label: string }[];
  values: { row: ImportedValueRow; label: string; key: string }[];
  indicators: { ind: ImportedIndicator; label: string }[];
};

export type ImportRequest = {
  kind: ImportKind;
  file: InputFile;
  /** --metadata: new indicator metadata (JSON), only with kind "values". */
  metadata?: InputFile;
  /** data/meta as loaded by io.ts loadMetaInput. */
  meta: MetaInput;
  /** The current data/sources/imported-indicators.json, so values of earlier imported indicators are known. */
  importedIndicators?: { file: string; data: unknown };
  /** Date of the import (YYYY-MM-DD), stored as provenance. */
  date: string;
};

function entryRows(table: Table, ctx: Ctx, file: string, date: string): Result<ImportBatch["entries"]> {
  const errors: string[] = [];
  const out: ImportBatch["entries"] = [];
  const idRow = new Map<string, string>();
  for (const { label, cells } of table.rows) {
    const own: string[] = [];
    const bad = new Set<ImportedField>();
    const at = (field: ImportedField, msg: string) => {
      own.push(`${label}, kolumn ${ENTRY_COLUMN_OF[field]}: ${msg}`);
      bad.add(field);
    };
    const get = (c: string) => cells[c] ?? "";
    const region = resolveRegion(get("region"), ctx);
    if (region === null) at("region", cleanText(get("region")) ? `okänd region ${JSON.stringify(cleanText(get("region")))}` : "får inte vara tom");
    const themeText = cleanText(get("tema"));
    const theme = ctx.themeByName.get(themeText.toLowerCase());
    if (!theme) {
      if (!themeText) at("theme", "får inte vara tom");
      else if (key(themeText) === key(ctx.meta.themeMap.sourceTheme)) {
        at("theme", `${JSON.stringify(themeText)} är tre teman i ett – välj ett av ${ctx.meta.themes.filter((t) => t.group === "genomgaende").map((t) => t.slug).join(", ")}`);
      } else at("theme", `okänt tema ${JSON.stringify(themeText)}`);
    }
    const year = parseYear(get("ar"));
    if ("error" in year) at("year", year.error);
    const figs = parseFigures(get("siffror"));
    if ("error" in figs) at("figures", figs.error);
    const givenId = get("id").trim();
    const rec: ImportedEntry = {
      id: givenId || (region !== null ? entryId(region, cleanText(get("titel"))) : ""),
      region: region ?? NATIONAL_CODE,
      theme: theme ?? [...ctx.themeSlugs][0] ?? "",
      kind: cleanText(get("typ")).toLowerCase(),
      title: get("titel"),
      summary: get("sammanfattning"),
      figures: "figures" in figs ? figs.figures : [],
      year: "year" in year ? year.year : null,
      sourceUrl: get("kalla_url").trim(),
      sourceTitle: get("kalla_titel"),
      importedFrom: { file, row: label, date },
    };
    if (cleanText(get("aktor"))) rec.actor = get("aktor");
    const { issues } = normaliseImportedEntry(rec, ctx);
    for (const iss of issues) {
      if (bad.has(iss.field)) continue;
      // A generated id is only wrong because the title or region is; say that instead.
      if (iss.field === "id" && !givenId) continue;
      at(iss.field, iss.message);
    }
    if (own.length) {
      errors.push(...own);
      continue;
    }
    const first = idRow.get(rec.id);
    if (first) {
      errors.push(givenId
        ? `${label}, kolumn id: dubblett av id "${rec.id}" (samma som ${first})`
        : `${label}: får samma id "${rec.id}" som ${first} (samma region och titel) – ange ett eget id i kolumnen id eller slå ihop raderna`);
      continue;
    }
    idRow.set(rec.id, label);
    out.push({ rec, label });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

const metadataSchema = indicatorSchema.extend({ fragment: indicatorSchema.shape.fragment.optional(), source: sourceRefSchema });

function readMetadata(req: ImportRequest, known: Set<string>, ctx: Ctx): Result<ImportBatch["indicators"]> {
  if (!req.metadata) return { ok: true, value: [] };
  const name = req.metadata.name;
  if (!/\.json$/i.test(name)) return fail(`${name}: metadatafilen ska vara JSON (.json)`);
  const decoded = decodeText(req.metadata.bytes);
  if (!decoded.ok) return fail(...decoded.errors.map((e) => `${name}: ${e}`));
  const text = decoded.value.text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail(`${name}: filen är tom`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(`${name}: ${jsonSyntaxError(text)}`);
  }
  const list = Array.isArray(data) ? data
    : data && typeof data === "object" && Array.isArray((data as Record<string, unknown>).indicators) ? ((data as Record<string, unknown>).indicators as unknown[])
    : data && typeof data === "object" ? [data] : null;
  if (!list || list.length === 0) return fail(`${name}: ska vara ett indikatorobjekt, en lista av dem eller {"indicators": [...]}`);
  const errors: string[] = [];
  const out: ImportBatch["indicators"] = [];
  list.forEach((item, i) => {
    const label = `${name}, indikator ${i + 1}`;
    const r = metadataSchema.safeParse(item);
    if (!r.success) {
      for (const iss of r.error.issues) {
        const p = iss.path.map((x) => (typeof x === "number" ? `[${x}]` : `.${String(x)}`)).join("").replace(/^\./, "");
        errors.push(p ? `${label}, fält ${p}: ${iss.message}` : `${label}: ${iss.message}`);
      }
      return;
    }
    const m = r.data;
    let ok = true;
    m.themes.forEach((t, j) => {
      if (!ctx.themeSlugs.has(t)) {
        errors.push(`${label}, fält themes[${j}]: okänt tema "${t}"`);
        ok = false;
      }
    });
    if (known.has(m.id)) {
      errors.push(`${label}, fält id: indikatorn "${m.id}" finns redan – ändra befintlig metadata i data/meta/indicators.json i stället`);
      ok = false;
    }
    if (!ok) return;
    known.add(m.id);
    const ind: ImportedIndicator = {
      id: m.id, nameSv: m.nameSv, nameEn: m.nameEn, shortSv: m.shortSv, unit: m.unit, unitEn: m.unitEn, decimals: m.decimals,
      direction: m.direction, definitionSv: m.definitionSv, definitionEn: m.definitionEn, themes: m.themes, source: m.source,
      credit: m.credit, notes: m.notes, seriesBreaks: m.seriesBreaks, sourceUnits: [m.unit], importedFrom: { file: name, row: `indikator ${i + 1}`, date: req.date },
    };
    if (m.fragment) ind.fragment = true;
    out.push({ ind, label });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

function importedIndicatorList(src: ImportRequest["importedIndicators"]): ImportedIndicator[] {
  if (!src) return [];
  const file = importedIndicatorsFileSchema.safeParse(src.data);
  return file.success ? (file.data.indicators as ImportedIndicator[]) : [];
}

function valueRows(table: Table, ctx: Ctx, req: ImportRequest, metadata: ImportBatch["indicators"]): Result<ImportBatch["values"]> {
  const indicators = new Map<string, { nameSv: string; sourceUnits: string[] }>();
  for (const m of [...ctx.meta.indicators, ...importedIndicatorList(req.importedIndicators), ...metadata.map((x) => x.ind)]) indicators.set(m.id, m);
  const errors: string[] = [];
  const out: ImportBatch["values"] = [];
  const seen = new Map<string, string>();
  const file = basename(req.file.name);
  for (const { label, cells } of table.rows) {
    const own: string[] = [];
    const at = (col: string, msg: string) => own.push(`${label}, kolumn ${col}: ${msg}`);
    const get = (c: string) => cells[c] ?? "";
    const id = cleanText(get("indikator"));
    const ind = indicators.get(id);
    if (!id) at("indikator", "får inte vara tom");
    else if (!ind) at("indikator", `okänd indikator ${JSON.stringify(id)} – ny indikator läggs till med --metadata <fil>`);
    const region = resolveRegion(get("region"), ctx);
    if (region === null) at("region", cleanText(get("region")) ? `okänd region ${JSON.stringify(cleanText(get("region")))}` : "får inte vara tom");
    const period = periodLabel(get("ar"));
    if (!cleanText(get("ar"))) at("ar", "får inte vara tom");
    else if (!period) at("ar", `ogiltigt år ${JSON.stringify(get("ar"))}: ange t.ex. 2023 eller 2021-2025`);
    else if (period.year < MIN_YEAR || period.year > MAX_YEAR || Number(period.period.slice(0, 4)) < MIN_YEAR) {
      at("ar", `året ${period.period} ligger utanför ${MIN_YEAR}–${MAX_YEAR}`);
    }
    const num = parseNumber(get("varde"));
    if ("error" in num) at("varde", num.error);
    const url = get("kalla_url").trim();
    const uerr = urlError(url);
    if (uerr) at("kalla_url", uerr);
    const title = cleanText(get("kalla_titel"));
    if (!title) at("kalla_titel", "får inte vara tom");
    const note = cleanText(get("anmarkning"));
    if (own.length) {
      errors.push(...own);
      continue;
    }
    const v: IndicatorValue = { indicator: id, region: region!, year: period!.year, period: period!.period, value: (num as { value: number }).value, source: typedSource(ctx.meta.sourceTypes, { url, title }, "value") };
    if (note) v.note = note;
    const checked = check(valueSchema, v);
    if (!checked.ok) {
      errors.push(...checked.problems.map((p) => `${label}: ${p}`));
      continue;
    }
    const k = `${id}|${region}|${period!.period}`;
    if (seen.has(k)) {
      errors.push(`${label}: samma indikator, region och period (${id}, ${region}, ${period!.period}) som ${seen.get(k)}`);
      continue;
    }
    seen.set(k, label);
    const regionMeta = ctx.meta.regions.find((r) => r.code === region);
    out.push({
      label,
      key: k,
      row: {
        indicator_id: id, indicator_name_sv: ind!.nameSv, unit: ind!.sourceUnits[0], region_code: region!,
        region_name: regionMeta?.county ?? "Riket", year: period!.period, value: plainNumber(v.value), source_url: url,
        source_note: "", source_title: title, note, imported_from: `${file}, ${label}, ${req.date}`,
      },
    });
  }
  for (const m of metadata) {
    if (!out.some((v) => v.row.indicator_id === m.ind.id)) errors.push(`${m.label}: indikatorn "${m.ind.id}" har inga värden i ${file}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

const basename = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Stage 1: read the file and validate every row on its own. */
export function parseImport(req: ImportRequest): Result<ImportBatch> {
  const table = readTable(req.file, req.kind);
  const ctx = context(req.meta);
  const file = basename(req.file.name);
  const batch: ImportBatch = { kind: req.kind, file, description: "", entries: [], values: [], indicators: [] };
  if (req.kind === "entries") {
    if (req.metadata) return fail("--metadata gäller bara indikatorvärden (--indikatorer)");
    if (!table.ok) return table;
    const rows = entryRows(table.value, ctx, file, req.date);
    if (!rows.ok) return rows;
    return { ok: true, value: { ...batch, description: table.value.description, entries: rows.value } };
  }
  const known = new Set([...req.meta.indicators.map((m) => m.id), ...importedIndicatorList(req.importedIndicators).map((m) => m.id)]);
  const meta = readMetadata(req, known, ctx);
  if (!table.ok) return meta.ok ? table : fail(...meta.errors, ...table.errors);
  const rows = valueRows(table.value, ctx, req, meta.ok ? meta.value : []);
  if (!meta.ok || !rows.ok) return fail(...(meta.ok ? [] : meta.errors), ...(rows.ok ? [] : rows.errors));
  return { ok: true, value: { ...batch, description: table.value.description, values: rows.value, indicators: meta.value } };
}

// ---------- stage 2: merge, build, diff ----------

const ENTRIES_COMMENT = "Poster importerade med `npm run data:import` (se data/README.md, \"Importera egna data\"). Läses av `npm run data:build`: en post med samma id som en post i källfilerna ersätter den, övriga läggs till. importedFrom = importfil, rad och datum.";
const INDICATORS_COMMENT = "Indikatormetadata importerad med `npm run data:import -- <fil> --indikatorer --metadata <fil>`. Läses av `npm run data:build` efter data/meta/indicators.json.";
const VALUE_FILE_COLUMNS = [...INDICATOR_COLUMNS, ...IMPORTED_VALUE_EXTRA_COLUMNS];

const csvField = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const toCsv = (rows: Record<string, string>[]) =>
  [VALUE_FILE_COLUMNS.join(","), ...rows.map((r) => VALUE_FILE_COLUMNS.map((c) => csvField(r[c] ?? "")).join(","))].join("\n") + "\n";
const valueKey = (r: Record<string, string>) => `${(r.indicator_id ?? "").trim()}|${(r.region_code ?? "").trim()}|${periodLabel(r.year ?? "")?.period ?? r.year}`;

/** The text `npm run data:build` writes for a dataset (the schema's output, two-space JSON, final newline). */
export function datasetText(d: Dataset): string {
  return JSON.stringify(d, null, 2) + "\n";
}

export type ImportPlan = {
  /** What was read and what it changes, for the console. */
  summary: string[];
  /** diffDatasets against the current dataset.json, plus the ids added and changed. */
  diff: string[];
  /** Files to write, relative to the data directory, in order (dataset.json last). */
  files: { path: string; content: string }[];
  dataset: Dataset;
  added: string[];
  changed: string[];
};

function build(input: BuildInput): Result<Dataset> {
  const { dataset, problems } = buildDataset(input);
  if (problems.length) return { ok: false, errors: problems };
  const checked = check(datasetSchema, dataset);
  return checked.ok ? { ok: true, value: checked.data } : { ok: false, errors: checked.problems };
}

/**
 * Stage 2: merge the batch into the import source files (same id / same indicator+region+period → replaced), build the
 * dataset from the serialised files exactly as `npm run data:build` would, and diff it against the current file.
 */
export function applyImport(batch: ImportBatch, input: BuildInput, currentText: string | null): Result<ImportPlan> {
  const baseline = build(input);
  if (!baseline.ok) {
    return fail("data/sources och data/meta bygger inte ens utan importen – kör npm run data:build och rätta först:", ...baseline.errors.map((e) => `  ${e}`));
  }
  const files: { path: string; content: string }[] = [];
  const next: BuildInput = { ...input };
  const labelOfEntry = new Map<number, string>();
  const labelOfValueRow = new Map<number, string>();

  if (batch.entries.length) {
    const old = importedEntriesFileSchema.safeParse(input.importedEntries?.data);
    const list = (old.success ? old.data.entries : []) as ImportedEntry[];
    const at = new Map(list.map((e, i) => [e.id, i]));
    for (const { rec, label } of batch.entries) {
      const i = at.get(rec.id);
      if (i !== undefined) list[i] = rec;
      else {
        at.set(rec.id, list.length);
        list.push(rec);
      }
      labelOfEntry.set(at.get(rec.id)!, label);
    }
    const content = JSON.stringify({ _comment: ENTRIES_COMMENT, entries: list }, null, 2) + "\n";
    files.push({ path: `sources/${IMPORTED_ENTRIES_FILE}`, content });
    next.importedEntries = { file: IMPORTED_ENTRIES_FILE, data: JSON.parse(content) };
  }
  if (batch.indicators.length) {
    const old = importedIndicatorsFileSchema.safeParse(input.importedIndicators?.data);
    const list = [...(old.success ? old.data.indicators : []), ...batch.indicators.map((x) => x.ind)];
    const content = JSON.stringify({ _comment: INDICATORS_COMMENT, indicators: list }, null, 2) + "\n";
    files.push({ path: `sources/${IMPORTED_INDICATORS_FILE}`, content });
    next.importedIndicators = { file: IMPORTED_INDICATORS_FILE, data: JSON.parse(content) };
  }
  if (batch.values.length) {
    const rows = [...(input.importedValues?.rows ?? [])];
    const at = new Map(rows.map((r, i) => [valueKey(r), i]));
    for (const { row, key: k, label } of batch.values) {
      const i = at.get(k);
      if (i !== undefined) rows[i] = row;
      else {
        at.set(k, rows.length);
        rows.push(row);
      }
      labelOfValueRow.set(at.get(k)!, label);
    }
    const content = toCsv(rows);
    files.push({ path: `sources/${IMPORTED_VALUES_FILE}`, content });
    next.importedValues = { file: IMPORTED_VALUES_FILE, rows: parseCsvRecords(content) };
  }

  const built = build(next);
  if (!built.ok) {
    const entryLabelById = new Map(batch.entries.map((e) => [e.rec.id, e.label]));
    const valueLabelByKey = new Map(batch.values.map((v) => [v.key, v.label]));
    const { dataset } = buildDataset(next);
    const errors = built.errors.map((p) => {
      let m = new RegExp(`^${IMPORTED_ENTRIES_FILE.replace(".", "\\.")}\\.entries\\[(\\d+)\\](?:\\.(\\w+))?: (.*)$`).exec(p);
      if (m && labelOfEntry.has(Number(m[1]))) {
        const col = m[2] ? ENTRY_COLUMN_OF[m[2] as ImportedField] : undefined;
        return `${labelOfEntry.get(Number(m[1]))}${col ? `, kolumn ${col}` : ""}: ${m[3]}`;
      }
      m = new RegExp(`^${IMPORTED_VALUES_FILE.replace(".", "\\.")} rad (\\d+): (.*)$`).exec(p);
      if (m && labelOfValueRow.has(Number(m[1]) - 2)) return `${labelOfValueRow.get(Number(m[1]) - 2)}: ${m[2]}`;
      m = /^entries\[(\d+)\](?:\.(\w+))?[^:]*: (.*)$/.exec(p);
      const e = m ? dataset.entries[Number(m[1])] : undefined;
      if (m && e && entryLabelById.has(e.id)) {
        const field = m[2] === "source" ? "sourceUrl" : m[2];
        const col = field ? ENTRY_COLUMN_OF[field as ImportedField] : undefined;
        return `${entryLabelById.get(e.id)}${col ? `, kolumn ${col}` : ""}: ${m[3]}`;
      }
      m = /^values\[(\d+)\][^:]*: (.*)$/.exec(p);
      const v = m ? dataset.values[Number(m[1])] : undefined;
      const vk = v ? `${v.indicator}|${v.region}|${v.period}` : "";
      if (m && valueLabelByKey.has(vk)) return `${valueLabelByKey.get(vk)}: ${m[2]}`;
      const mentioned = batch.entries.find((x) => p.includes(`"${x.rec.id}"`));
      return mentioned ? `${mentioned.label}: ${p}` : `hela datamängden: ${p}`;
    });
    return { ok: false, errors: [...new Set(errors)] };
  }

  const dataset = built.value;
  const text = datasetText(dataset);
  files.push({ path: "dataset.json", content: text });
  let current: Dataset | null = null;
  if (currentText !== null) {
    try {
      const parsed = JSON.parse(currentText) as Dataset;
      if (Array.isArray(parsed.entries) && Array.isArray(parsed.values) && Array.isArray(parsed.indicators)) current = parsed;
    } catch {
      current = null;
    }
  }
  const before = new Map((current?.entries ?? []).map((e) => [e.id, stableStringify(e)]));
  const added = batch.entries.filter((e) => !before.has(e.rec.id)).map((e) => e.rec.id);
  const after = new Map(dataset.entries.map((e) => [e.id, e]));
  const changed = batch.entries
    .filter((e) => before.has(e.rec.id) && before.get(e.rec.id) !== stableStringify(after.get(e.rec.id)))
    .map((e) => e.rec.id);
  const diff = diffDatasets(current, dataset);
  const short = (ids: string[]) => (ids.length > 20 ? `${ids.slice(0, 20).join(", ")} … (+${ids.length - 20})` : ids.join(", "));
  if (added.length) diff.push(`tillagda poster: ${short(added)}`);
  if (changed.length) diff.push(`ändrade poster: ${short(changed)}`);
  const summary = [
    `${batch.file} (${batch.description}): ${batch.kind === "entries" ? `${batch.entries.length} poster` : `${batch.values.length} indikatorvärden${batch.indicators.length ? `, ${batch.indicators.length} nya indikatorer` : ""}`} godkända`,
    `ny datamängd: ${summarise(dataset)}`,
  ];
  if (currentText !== null && currentText !== datasetText(baseline.value)) {
    summary.push("obs: data/dataset.json var inte byggd från nuvarande data/sources – diffen visar även de ändringarna");
  }
  return { ok: true, value: { summary, diff, files, dataset, added, changed } };
}
