import { describe, expect, it } from "vitest";
import { regionsByName } from "../data";
import { overviewRecordsMapCard, recordsMapSentence, themeRecordsMapCard } from "./records-map";
import { entry, source, THEMES } from "./test-fixtures";

const REGIONS = regionsByName();
const rows = (...counts: [string, number][]) => counts.map(([label, count]) => ({ label, count }));

describe("recordsMapSentence", () => {
  it("names the region with the most, and the regions without records", () => {
    expect(recordsMapSentence(rows(["Gotland", 2], ["Skåne", 12], ["Kalmar", 0], ["Jämtland", 0]), "sv")).toBe("Flest poster har Skåne (12). 2 regioner saknar poster: Kalmar, Jämtland.");
    expect(recordsMapSentence(rows(["Gotland", 2], ["Skåne", 12], ["Kalmar", 0], ["Jämtland", 0]), "en")).toBe("Skåne has the most records (12). 2 regions have no records: Kalmar, Jämtland.");
    expect(recordsMapSentence(rows(["Gotland", 2], ["Kalmar", 0]), "sv")).toBe("Flest poster har Gotland (2). 1 region saknar poster: Kalmar.");
    expect(recordsMapSentence(rows(["Gotland", 2], ["Kalmar", 0]), "en")).toBe("Gotland has the most records (2). 1 region has no records: Kalmar.");
    expect(recordsMapSentence(rows(["Gotland", 2], ["Kalmar", 1]), "sv")).toBe("Flest poster har Gotland (2).");
  });
});

describe("themeRecordsMapCard", () => {
  const theme = THEMES[2];
  const entries = [entry("09", "klimat", "insats", 2023, source(1)), entry("09", "klimat", "resultat", 2022, source(2)), entry("01", "klimat", "insats", 2023, source(3))];
  const m = themeRecordsMapCard({ theme, entries, regions: REGIONS }, "sv");
  it("title, subtitle, notes and description", () => {
    expect([m.id, m.title, m.subtitle]).toEqual(["karta-poster", "Poster om klimat på kartan", "Antal poster per region. Noll betyder att vi saknar uppgift."]);
    expect(m.description).toMatch(/^Flest poster har Gotland \(2\)\. 19 regioner saknar poster: Blekinge, Dalarna, /);
    expect(m.notes).toEqual(["Antalet poster speglar vad vi har hittat i källorna, inte hur mycket regionen gör.", "Karta: MapSVG / svg-maps, CC BY 4.0."]);
    const en = themeRecordsMapCard({ theme, entries, regions: REGIONS }, "en");
    expect([en.title, en.subtitle]).toEqual(["Records on climate on the map", "Number of records by region. Zero means we have no information."]);
    expect(en.notes[1]).toBe("Map: MapSVG / svg-maps, CC BY 4.0.");
    expect(m.sources.map((s) => s.title)).toEqual(["Källa 1", "Källa 2"]);
    expect([m.embedPath, m.fileName]).toEqual(["/embed/teman/klimat?vy=karta", { page: "karta-poster", selection: "Poster om klimat på kartan" }]);
  });
  it("table and map values: every region, zero counts as a value", () => {
    expect(m.table.caption).toBe("Poster om klimat på kartan, per region");
    expect(m.table.columns).toEqual([{ id: "region", label: "Region" }, { id: "count", label: "Poster", numeric: true }]);
    expect(m.table.rows).toHaveLength(21);
    expect(m.table.rows.find((r) => r.id === "09")!.cells).toEqual({ region: { t: "Gotland", v: "Gotland", href: "/regioner/09" }, count: { t: "2", v: 2 } });
    const display = (code: string) => m.chart.values.find((v) => v.code === code)!.display;
    expect(["01", "09", "25"].map(display)).toEqual(["1 post", "2 poster", "0 poster"]);
    const en = themeRecordsMapCard({ theme, entries, regions: REGIONS }, "en");
    expect(["01", "09"].map((code) => en.chart.values.find((v) => v.code === code)!).map((v) => [v.display, v.href])).toEqual([["1 record", "/en/regioner/01"], ["2 records", "/en/regioner/09"]]);
    expect(en.chart.unitLabel).toBe("Number of records");
  });
});

describe("overviewRecordsMapCard", () => {
  it("counts the regional records; the source is the report's first conclusion", () => {
    const entries = [entry("09", "klimat", "insats", 2023), entry("00", "klimat", "slutsats", 2023, source(9)), ...Array.from({ length: 1200 }, () => entry("12", "digital", "insats", 2023))];
    const m = overviewRecordsMapCard({ entries, regions: REGIONS }, "sv");
    expect(m.subtitle).toBe("Antal poster (insatser, resultat, strategier, anslag) per region, 1\u00a0201 poster.");
    expect(overviewRecordsMapCard({ entries, regions: REGIONS }, "en").subtitle).toBe("Number of records (activities, results, strategies, funding) by region, 1,201 records.");
    expect(m.title).toBe("Antal poster per region");
    expect(m.sources).toEqual([source(9)]);
    expect(m.description).toMatch(/^Flest poster har Skåne \(1200\)\. 19 regioner saknar poster:/);
    expect(m.embedPath).toBe("/embed/karta");
  });
});
