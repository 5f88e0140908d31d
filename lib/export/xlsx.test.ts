import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { columnLetter, sheetNames, toXlsx } from "./xlsx";
import type { ExportColumn, ExportMeta, ExportRow } from "./types";

const columns: ExportColumn[] = [
  { id: "lan", label: "Län" },
  { id: "value", label: "Värde", numeric: true },
  { id: "rank", label: "Rang", numeric: true },
];
const rows: ExportRow[] = [
  { id: "09", cells: { lan: { t: "Gotland", v: "Gotland" }, value: { t: "12,3 %", v: 12.3456 }, rank: { t: "1 av 21", v: 1 } } },
  { id: "xx", cells: { lan: { t: "=1+1 <b>&", v: "x" }, value: { t: "−4", v: -4 }, rank: { t: "–", v: null } } },
  { id: "zz", cells: { lan: { t: "Bad\u0001char\uFFFE", v: "x" }, value: { t: "Uppgift saknas", v: null }, rank: { t: "2 av 21", v: 2 } } },
];
const meta: ExportMeta = {
  title: "Arbetslöshet 2023 & <annat>",
  subtitle: "Procent av arbetskraften 20–64 år, 2023",
  description: "Gotland har lägst värde.",
  sources: [{ title: "SCB", url: "https://www.scb.se/a?b=1&c=2" }, { title: "Regionfakta", url: "https://www.regionfakta.com/" }],
  credit: "Källa: SCB (via Regionfakta)",
  notes: ["Serien bryts 2021.", "-obs"],
  link: "https://example.se/regioner/09?ar=2023",
  exportedAt: new Date("2026-11-27T10:00:00Z"),
};

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

describe("toXlsx", () => {
  const files = unzip(toXlsx(columns, rows, meta));

  it("is a zip with the Office Open XML parts", () => {
    expect(Object.keys(files).sort()).toEqual([
      "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
      "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    ]);
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Data" sheetId="1" r:id="rId1"/>');
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Källor" sheetId="2" r:id="rId2"/>');
    expect(files["[Content_Types].xml"]).toContain('PartName="/xl/worksheets/sheet2.xml"');
  });

  it("writes the header and the rows in order, numbers as numeric cells", () => {
    const sheet = files["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Län</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>12.3456</v></c>');
    expect(sheet).toContain('<c r="C2"><v>1</v></c>');
    expect(sheet).toContain('<c r="B3"><v>-4</v></c>'); // negative numbers stay numbers
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">Gotland</t></is></c>');
    expect(sheet).toContain('<c r="B4" t="inlineStr"><is><t xml:space="preserve">Uppgift saknas</t></is></c>');
    const rowIds = [...sheet.matchAll(/<row r="(\d+)">/g)].map((m) => m[1]);
    expect(rowIds).toEqual(["1", "2", "3", "4"]);
    expect(sheet).toContain('<dimension ref="A1:C4"/>');
  });

  it("escapes XML, strips characters XML forbids and neutralises formulas", () => {
    const sheet = files["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain("<t xml:space=\"preserve\">'=1+1 &lt;b&gt;&amp;</t>");
    expect(sheet).toContain('<t xml:space="preserve">Badchar</t>');
    expect(sheet).not.toMatch(/[\u0001\uFFFE]/);
  });

  it("has a sources sheet with title, subtitle, description, sources, credit, notes, link, date and Regionläget", () => {
    const s = files["xl/worksheets/sheet2.xml"];
    for (const text of [
      "Arbetslöshet 2023 &amp; &lt;annat&gt;", "Procent av arbetskraften 20–64 år, 2023", "Gotland har lägst värde.",
      "SCB", "https://www.scb.se/a?b=1&amp;c=2", "Regionfakta", "https://www.regionfakta.com/",
      "Källa: SCB (via Regionfakta)", "Serien bryts 2021.", "'-obs", "https://example.se/regioner/09?ar=2023",
      "27 november 2026", "Regionläget",
    ]) expect(s).toContain(`<t xml:space="preserve">${text}</t>`);
    expect(files["docProps/core.xml"]).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-27T10:00:00Z</dcterms:created>");
  });

  it("gives the same bytes for the same export", () => {
    expect(toXlsx(columns, rows, meta)).toEqual(toXlsx(columns, rows, meta));
  });

  it("names columns like a spreadsheet", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("toXlsx in English", () => {
  const files = unzip(toXlsx(columns, rows, { ...meta, lang: "en" }));

  it("names the second sheet \"Sources\"", () => {
    expect(sheetNames("en")).toEqual(["Data", "Sources"]);
    expect(sheetNames()).toEqual(["Data", "Källor"]);
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Data" sheetId="1" r:id="rId1"/>');
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Sources" sheetId="2" r:id="rId2"/>');
    expect(files["xl/workbook.xml"]).not.toContain("Källor");
  });

  it("labels the sources sheet in English and writes the date the British way", () => {
    const s = files["xl/worksheets/sheet2.xml"];
    const label = (l: string) => `<c r="A\\d+" s="1" t="inlineStr"><is><t xml:space="preserve">${l}</t></is></c>`;
    for (const l of ["Unit, period, selection", "Description", "Source", "Attribution", "Note", "Link to the view", "Exported", "Downloaded from"]) {
      expect(s).toMatch(new RegExp(label(l)));
    }
    for (const l of ["Enhet, period, urval", "Beskrivning", "Källhänvisning", "Länk till vyn", "Exporterad", "Hämtad från"]) {
      expect(s).not.toContain(`>${l}<`);
    }
    expect(s).toContain('<t xml:space="preserve">27 November 2026</t>');
    expect(s).toContain('<t xml:space="preserve">Regionläget</t>');
  });

  it("leaves the data sheet and the Swedish default alone", () => {
    const sv = unzip(toXlsx(columns, rows, meta));
    expect(files["xl/worksheets/sheet1.xml"]).toBe(sv["xl/worksheets/sheet1.xml"]);
    expect(toXlsx(columns, rows, { ...meta, lang: "sv" })).toEqual(toXlsx(columns, rows, meta));
  });
});
