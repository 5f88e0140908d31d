import { describe, expect, it } from "vitest";
import { dataTableExport } from "./table-rows";
import { toCsv, CSV_STANDARD } from "./csv";
import { toDataRow } from "../derive/table-rows";

const row = (id: string, year: number | null, title: string) =>
  toDataRow(
    { id, region: "09", theme: "integration", kind: "insats", title, summary: "S", figures: [], year, period: { kind: "ar", from: year, to: year }, source: { url: "https://www.gotland.se/", title: "Region Gotland", type: "regionens-egen" as const } },
    "Region Gotland", "Integration",
  );

describe("dataTableExport", () => {
  it("keeps the rows in the order shown and only the visible columns", () => {
    const e = dataTableExport([row("b", 2023, "B"), row("a", null, "A")], ["sammanfattning", "siffror"]);
    expect(e.columns.map((c) => c.id)).toEqual(["region", "tema", "typ", "titel", "ar", "kalla", "kalla_url"]);
    expect(e.rows.map((r) => r.id)).toEqual(["b", "a"]);
    expect(e.rows[0].cells.ar).toEqual({ t: "2023", v: 2023 });
    expect(e.rows[1].cells.ar).toEqual({ t: "Uppgift saknas", v: null });
  });
  it("hides the source address together with the source", () => {
    expect(dataTableExport([row("a", 2023, "A")], ["kalla"]).columns.map((c) => c.id)).not.toContain("kalla_url");
  });
  it("neutralises formula-like titles in the CSV", () => {
    const csv = toCsv(...(Object.values(dataTableExport([row("a", 2023, "=HYPERLINK(\"x\")")], [])) as [never, never]), CSV_STANDARD);
    expect(csv).toContain("'=HYPERLINK");
  });
});

describe("dataTableExport in English", () => {
  it("labels the columns in English and keeps the ids", () => {
    const e = dataTableExport([row("a", null, "A")], ["sammanfattning", "siffror"], "en");
    expect(e.columns.map((c) => c.id)).toEqual(["region", "tema", "typ", "titel", "ar", "kalla", "kalla_url"]);
    expect(e.columns.map((c) => c.label)).toEqual(["Region", "Theme", "Type", "Title", "Year", "Source", "Source URL"]);
    expect(e.rows[0].cells.ar).toEqual({ t: "Not available", v: null });
  });
  it("is Swedish by default", () => {
    expect(dataTableExport([row("a", 2023, "A")], []).columns.map((c) => c.label)).toEqual([
      "Region", "Tema", "Typ", "Titel", "Sammanfattning", "Siffror", "År", "Källa", "Källans adress",
    ]);
  });
});
