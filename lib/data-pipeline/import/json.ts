/** JSON files of records or values: a Swedish syntax error with line and character, and the rows as a table. */
import { plainNumber } from "../../export/cells";
import { COLUMNS, fail, normaliseColumn, unknownColumn, type ImportKind, type Result, type Table, type TableRow } from "./layout";

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

export function jsonToTable(text: string, kind: ImportKind, description: string): Result<Table> {
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
