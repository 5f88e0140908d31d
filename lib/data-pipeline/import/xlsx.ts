/** The first sheet of an XLSX workbook as a grid: a small, defensive OOXML reader (no formulas are evaluated). */
import { unzipSync } from "fflate";
import { plainNumber } from "../../export/cells";
import { fail, type Grid, type Result } from "./layout";

/** Largest unpacked XML part read from an XLSX (guards against zip bombs). */
const MAX_XML_BYTES = 100 * 1024 * 1024;

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
