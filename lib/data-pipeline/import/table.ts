/** Bytes + file name → a table of rows by canonical column (CSV, XLSX first sheet or JSON), or every structural problem. */
import { decodeText } from "./decode";
import { detectSeparator, SEPARATOR_NAME, tokenizeCsv, type Separator } from "./csv";
import { jsonToTable } from "./json";
import { COLUMNS, fail, MAX_IMPORT_BYTES, normaliseColumn, REQUIRED, unknownColumn, type Grid, type ImportKind, type InputFile, type Result, type Table, type TableRow } from "./layout";
import { columnLetter, readXlsx } from "./xlsx";

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

