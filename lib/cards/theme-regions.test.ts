import { describe, expect, it } from "vitest";
import { regionsByName } from "../data";
import { themeRegionsCard } from "./theme-regions";
import { entry, source, THEMES } from "./test-fixtures";

const REGIONS = regionsByName();
const THEME = THEMES[0];
const card = (entries: ReturnType<typeof entry>[], lang: "sv" | "en" = "sv") => themeRegionsCard({ theme: THEME, entries, regions: REGIONS }, lang);
/** Gotland 3 (2 activities, 1 result), Skåne 1 strategy. */
const SOME = [entry("09", "kompetens", "insats", 2023, source(1)), entry("09", "kompetens", "insats", 2022, source(2)), entry("09", "kompetens", "resultat", 2023, source(1)), entry("12", "kompetens", "strategi", null, source(3))];

describe("themeRegionsCard: description (who has the most, with ties)", () => {
  it("one region has the most; the others are counted as without records", () => {
    expect(card(SOME).description).toBe("2 av 21 regioner har poster om temat; flest har Gotland (3). 19 regioner saknar poster.");
    expect(card(SOME, "en").description).toBe("2 of 21 regions have records on the theme; Gotland has the most (3). 19 regions have none.");
  });
  it("a tie says how many share the most", () => {
    const tie = [...SOME, entry("12", "kompetens", "insats", 2023), entry("12", "kompetens", "insats", 2023), entry("01", "kompetens", "insats", 2023)];
    expect(card(tie).description).toBe("3 av 21 regioner har poster om temat; 2 regioner har flest (3 var). 18 regioner saknar poster.");
    expect(card(tie, "en").description).toBe("3 of 21 regions have records on the theme; 2 regions have the most (3 each). 18 regions have none.");
  });
  it("one region without records; every region with records", () => {
    const allBut = REGIONS.filter((r) => r.code !== "25").map((r) => entry(r.code, "kompetens", "insats", 2023));
    expect(card(allBut).description).toBe("20 av 21 regioner har poster om temat; 20 regioner har flest (1 var). 1 region saknar poster.");
    expect(card(allBut, "en").description).toBe("20 of 21 regions have records on the theme; 20 regions have the most (1 each). 1 region has none.");
    const all = [...allBut, entry("25", "kompetens", "insats", 2023), entry("25", "kompetens", "resultat", 2023)];
    expect(card(all).description).toBe("21 av 21 regioner har poster om temat; flest har Norrbotten (2).");
  });
  it("no records: the theme's name in lower case", () => {
    expect(card([]).description).toBe("Vi har inga poster om kompetensförsörjning från någon region.");
    expect(card([], "en").description).toBe("We have no records on skills supply from any region.");
  });
});

describe("themeRegionsCard: card, notes and table twin", () => {
  it("title, subtitle, ids and embed", () => {
    const m = card(SOME);
    expect([m.id, m.title, m.subtitle]).toEqual(["poster-per-region", "Antal poster om kompetensförsörjning per region", "Antal poster, uppdelat på typ. Alla 21 regioner; noll betyder att vi saknar uppgift."]);
    expect(card(SOME, "en").title).toBe("Records on skills supply by region");
    expect([m.embedPath, m.fileName]).toEqual(["/embed/teman/kompetens", { page: "tema-kompetens", selection: "poster-per-region" }]);
    expect(m.sources.map((s) => s.title)).toEqual(["Källa 1", "Källa 2", "Källa 3"]);
    expect(m.notes).toEqual([]);
  });
  it("more than three source pages: a note says where the rest are", () => {
    const many = [1, 2, 3, 4].map((n) => entry("09", "kompetens", "insats", 2023, source(n)));
    expect(card(many).notes).toEqual(["Posterna kommer från 4 källsidor; varje post länkar till sin källa i avsnittet Regionernas poster på temats sida."]);
    expect(card(many, "en").notes).toEqual(["The records come from 4 source pages; each record links to its source in the section The regions' records on the theme's page."]);
    expect(card(many).sources).toHaveLength(3);
  });
  it("the table: every region by name, a column per kind present, and the total", () => {
    const t = card(SOME).table;
    expect(t.caption).toBe("Antal poster om kompetensförsörjning per region och typ");
    expect(t.columns).toEqual([
      { id: "region", label: "Region" }, { id: "insats", label: "Insatser", numeric: true }, { id: "resultat", label: "Resultat", numeric: true },
      { id: "strategi", label: "Strategier", numeric: true }, { id: "total", label: "Totalt", numeric: true },
    ]);
    expect(t.rows).toHaveLength(21);
    const gotland = t.rows.find((r) => r.id === "09")!;
    expect(gotland.cells).toEqual({
      region: { t: "Gotland", v: "Gotland", href: "/regioner/09" }, insats: { t: "2", v: 2 }, resultat: { t: "1", v: 1 }, strategi: { t: "0", v: 0 }, total: { t: "3", v: 3 },
    });
    const en = card(SOME, "en").table;
    expect(en.columns.map((c) => c.label)).toEqual(["Region", "Activities", "Results", "Strategies", "Total"]);
    expect(en.rows.find((r) => r.id === "09")!.cells.region.href).toBe("/en/regioner/09");
  });
  it("the bars: stacked by kind, total after each bar", () => {
    const c = card(SOME).chart;
    expect(c.series.map((s) => s.key)).toEqual(["insats", "resultat", "strategi"]);
    expect(c.data.find((d) => d.label === "Gotland")).toEqual({ label: "Gotland", values: { insats: 2, resultat: 1, strategi: 0 }, display: "3", code: "09" });
    // Every bar names its county, so "my region" can be marked on the static theme page (MyRegionCarry).
    expect(c.data.every((d) => /^\d{2}$/.test(d.code ?? ""))).toBe(true);
    expect(c.labelWidth).toBe(150);
    expect(c.ariaLabel).toBe("Stapeldiagram: antal poster om kompetensförsörjning per region");
  });
});
