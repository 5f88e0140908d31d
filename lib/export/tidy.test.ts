import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toCsv, CSV_STANDARD } from "./csv";
import { toJsonExport } from "./json";
import { tidyTable, yearSpan, type TidyRow } from "./tidy";
import { toXlsx } from "./xlsx";
import type { ExportMeta } from "./types";

const scb = { title: "SCB, BAS", url: "https://www.scb.se/bas" };
const rows: TidyRow[] = [
  { code: "01", name: "Stockholm", year: 2022, period: "2022", value: 6.1, unit: "procent", indicatorId: "arbetsloshet", indicatorName: "Arbetslöshet 20–64", sources: [scb, scb], extra: { rang: 3 } },
  { code: "09", name: "Gotland", year: 2022, period: "2022", value: null, unit: "procent", indicatorId: "arbetsloshet", indicatorName: "Arbetslöshet 20–64", sources: [scb], extra: { rang: null } },
];
const meta: ExportMeta = {
  title: "Arbetslöshet 2022", subtitle: "Procent", description: "…", sources: [scb, scb], notes: [], link: "https://x.se/a#b",
  exportedAt: new Date("2026-12-07T08:00:00Z"), lang: "sv",
};
const table = tidyTable(rows, "sv", [{ id: "rang", label: "Rang", numeric: true }]);

describe("tidyTable", () => {
  it("has the columns a user needs to join and cite the data, in both languages", () => {
    expect(table.columns.map((c) => c.label)).toEqual(["Länskod", "Län", "År", "Period", "Värde", "Enhet", "Indikator-id", "Indikator", "Rang", "Källa", "Källans adress"]);
    expect(tidyTable(rows, "en").columns.map((c) => c.label)).toEqual(["County code", "County", "Year", "Period", "Value", "Unit", "Indicator id", "Indicator", "Source", "Source URL"]);
  });
  it("writes one CSV row per county, the code as text, missing values empty (not 0), each source once", () => {
    const lines = toCsv(table.columns, table.rows, CSV_STANDARD).slice(1).trim().split("\r\n");
    expect(lines[1]).toBe("01,Stockholm,2022,2022,6.1,procent,arbetsloshet,Arbetslöshet 20–64,3,\"SCB, BAS\",https://www.scb.se/bas");
    expect(lines[2]).toBe("09,Gotland,2022,2022,,procent,arbetsloshet,Arbetslöshet 20–64,,\"SCB, BAS\",https://www.scb.se/bas");
  });
  it("types years and values as numbers in JSON and keeps the same keys in both languages", () => {
    const json = toJsonExport(table.columns, table.rows, meta);
    expect(json.rows[0]).toMatchObject({ lanskod: "01", ar: 2022, varde: 6.1, rang: 3, indikator_id: "arbetsloshet" });
    expect(json.rows[1].varde).toBeNull();
  });
  it("types years and values as numbers in XLSX, and the sources sheet names each source once", () => {
    const files = unzipSync(toXlsx(table.columns, table.rows, meta));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<c r="C2"><v>2022</v></c>');
    expect(sheet).toContain('<c r="E2"><v>6.1</v></c>');
    expect(sheet).toMatch(/<c r="A2" t="inlineStr"><is><t xml:space="preserve">01<\/t>/);
    const sources = strFromU8(files["xl/worksheets/sheet2.xml"]);
    expect(sources.split("https://www.scb.se/bas").length - 1).toBe(1);
  });
});

describe("yearSpan", () => {
  it("spans the years of the records, ignoring those without a year", () => {
    expect(yearSpan([2021, null, 2019, 2023])).toEqual({ year: 2023, period: "2019–2023" });
    expect(yearSpan([2023])).toEqual({ year: 2023, period: "2023" });
    expect(yearSpan([null])).toEqual({ year: null, period: "" });
  });
});
