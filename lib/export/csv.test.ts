import { describe, expect, it } from "vitest";
import { CSV_EXCEL, CSV_STANDARD, quoteCsvField, toCsv } from "./csv";
import type { ExportCell, ExportColumn, ExportRow } from "./types";

const columns: ExportColumn[] = [
  { id: "lan", label: "Län" },
  { id: "value", label: "Värde", numeric: true },
  { id: "rank", label: "Rang", numeric: true },
];

function row(id: string, cells: Partial<Record<string, Partial<ExportCell>>> = {}): ExportRow {
  const base: Record<string, ExportCell> = {
    lan: { t: `Län ${id}`, v: `Län ${id}` },
    value: { t: "12,3 %", v: 12.3 },
    rank: { t: "1 av 21", v: 1 },
  };
  for (const [k, c] of Object.entries(cells)) base[k] = { ...base[k], ...c } as ExportCell;
  return { id, cells: base };
}

/** RFC 4180 reader, enough to check what a spreadsheet program would see. */
function parseCsv(text: string, separator: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let rec: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) { rec.push(field); field = ""; }
    else if (ch === "\r" && src[i + 1] === "\n") { rec.push(field); records.push(rec); rec = []; field = ""; i++; }
    else field += ch;
  }
  if (field || rec.length) { rec.push(field); records.push(rec); }
  return records;
}

describe("toCsv", () => {
  it("gives back the rows it was given, in the same order, numbers raw and text as shown", () => {
    const rows = [
      row("Gotland", { value: { t: "9,9 %", v: 9.87654321 }, rank: { t: "3 av 21", v: 3 } }),
      row("Skåne", { value: { t: "Uppgift saknas", v: null }, rank: { t: "Uppgift saknas", v: null } }),
      row("Örebro", { value: { t: "0,3", v: 0.1 + 0.2 } }),
    ];
    const out = parseCsv(toCsv(columns, rows, CSV_STANDARD), ",");
    expect(out).toEqual([
      ["Län", "Värde", "Rang"],
      ["Län Gotland", "9.87654321", "3"],
      ["Län Skåne", "Uppgift saknas", "Uppgift saknas"],
      ["Län Örebro", "0.30000000000000004", "1"],
    ]);
  });

  it("starts with a UTF-8 byte order mark and ends records with CRLF", () => {
    const csv = toCsv(columns, [row("A")], CSV_STANDARD);
    expect(csv.startsWith("\uFEFFLän,Värde,Rang\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(toCsv(columns, [row("A")], { ...CSV_STANDARD, bom: false }).charCodeAt(0)).not.toBe(0xfeff);
  });

  it("quotes fields holding quotes, separators and line breaks (RFC 4180)", () => {
    const rows = [
      row("1", { lan: { t: 'Sagt "så"' } }),
      row("2", { lan: { t: "Stockholm, Uppsala" } }),
      row("3", { lan: { t: "rad ett\nrad två" } }),
      row("4", { lan: { t: "a;b" } }),
    ];
    const std = toCsv(columns, rows, CSV_STANDARD);
    expect(std).toContain('"Sagt ""så"""');
    expect(std).toContain('"Stockholm, Uppsala"');
    expect(std).toContain('"rad ett\nrad två"');
    expect(std).toContain("\r\na;b,12.3,1\r\n"); // a semicolon needs no quotes in comma CSV
    expect(parseCsv(std, ",").map((r) => r[0]).slice(1)).toEqual(['Sagt "så"', "Stockholm, Uppsala", "rad ett\nrad två", "a;b"]);

    const excel = toCsv(columns, rows, CSV_EXCEL);
    expect(excel).toContain('"a;b"');
    expect(excel).toContain("\r\nStockholm, Uppsala;12,3;1\r\n");
    expect(parseCsv(excel, ";").map((r) => r[0]).slice(1)).toEqual(['Sagt "så"', "Stockholm, Uppsala", "rad ett\nrad två", "a;b"]);
  });

  it.each(["=", "+", "-", "@", "\t", "\r"])("neutralises text starting with %j", (start) => {
    const text = `${start}HYPERLINK("http://example.com")`;
    const csv = toCsv(columns, [row("x", { lan: { t: text } })], CSV_STANDARD);
    const cell = parseCsv(csv, ",")[1][0];
    expect(cell).toBe(`'${text}`);
  });

  it("guards header labels and text in numeric columns too", () => {
    const cols: ExportColumn[] = [{ id: "lan", label: "=Län" }, { id: "value", label: "Värde", numeric: true }];
    const csv = toCsv(cols, [row("x", { value: { t: "-", v: null } })], CSV_STANDARD);
    expect(parseCsv(csv, ",")).toEqual([["'=Län", "Värde"], ["Län x", "'-"]]);
  });

  it("keeps negative numbers as numbers", () => {
    const rows = [row("x", { value: { t: "−12,5", v: -12.5 } })];
    expect(parseCsv(toCsv(columns, rows, CSV_STANDARD), ",")[1][1]).toBe("-12.5");
    expect(parseCsv(toCsv(columns, rows, CSV_EXCEL), ";")[1][1]).toBe("-12,5");
  });

  it("CSV för Excel: semicolons, decimal comma, BOM, CRLF", () => {
    const csv = toCsv(columns, [row("Gotland", { value: { v: 12.34 } }), row("Halland", { value: { v: 1234567.5 } })], CSV_EXCEL);
    expect(csv).toBe("\uFEFFLän;Värde;Rang\r\nLän Gotland;12,34;1\r\nLän Halland;1234567,5;1\r\n");
  });

  it("never writes exponent notation", () => {
    const rows = [row("a", { value: { v: 1e-7 } }), row("b", { value: { v: 2.5e21 } }), row("c", { value: { v: -0 } })];
    expect(parseCsv(toCsv(columns, rows, CSV_STANDARD), ",").slice(1).map((r) => r[1])).toEqual([
      "0.0000001", "2500000000000000000000", "0",
    ]);
  });

  it("quotes a decimal-comma number if the separator is a comma", () => {
    const csv = toCsv(columns, [row("a", { value: { v: 1.5 } })], { separator: ",", decimalComma: true, bom: true });
    expect(parseCsv(csv, ",")[1]).toEqual(["Län a", "1,5", "1"]);
  });
});

describe("quoteCsvField", () => {
  it("quotes the separator, quotes and line breaks, doubling quotes inside", () => {
    expect(quoteCsvField("plain", ",")).toBe("plain");
    expect(quoteCsvField("a,b", ",")).toBe('"a,b"');
    expect(quoteCsvField("a,b", ";")).toBe("a,b");
    expect(quoteCsvField('say "hi"', ";")).toBe('"say ""hi"""');
    expect(quoteCsvField("two\nlines", ",")).toBe('"two\nlines"');
  });
  it("with edgeSpace also quotes leading and trailing white space (the data files' writer)", () => {
    expect(quoteCsvField(" 3,5", ",", true)).toBe('" 3,5"');
    expect(quoteCsvField("x ", ",", true)).toBe('"x "');
    expect(quoteCsvField("x ", ",")).toBe("x ");
    expect(quoteCsvField("a b", ",", true)).toBe("a b");
  });
});
