import { describe, expect, it } from "vitest";
import type { Region } from "../schema";
import { regionThemesCard } from "./region-themes";
import { entry, source, THEMES } from "./test-fixtures";

const GOTLAND: Region = { code: "09", name: "Gotland", county: "Gotlands län", organisation: "Region Gotland", nameEn: "Gotland", mapId: "gotland" } as Region;
const card = (entries: ReturnType<typeof entry>[], lang: "sv" | "en" = "sv") => regionThemesCard({ region: GOTLAND, entries, themes: THEMES }, lang);
/** Kompetensförsörjning 2, Digital infrastruktur 1, Klimat 0. */
const SOME = [entry("09", "kompetens", "insats", 2023, source(1)), entry("09", "kompetens", "anslag", 2021, source(2)), entry("09", "digital", "insats", null, source(1))];

describe("regionThemesCard: description", () => {
  it("how many records in how many themes, and the theme with the most (lower case)", () => {
    expect(card(SOME).description).toBe("Region Gotland har 3 poster inom 2 av 3 teman; flest inom kompetensförsörjning (2).");
    expect(card(SOME, "en").description).toBe("Region Gotland has 3 records in 2 of 3 themes; most in skills supply (2).");
  });
  it("a tie says how many themes share the most", () => {
    const tie = [...SOME, entry("09", "digital", "resultat", 2022)];
    expect(card(tie).description).toBe("Region Gotland har 4 poster inom 2 av 3 teman; flest (2 var) inom 2 teman.");
    expect(card(tie, "en").description).toBe("Region Gotland has 4 records in 2 of 3 themes; the most (2 each) in 2 themes.");
  });
  it("no records", () => {
    expect(card([]).description).toBe("Vi har inga poster för Region Gotland.");
    expect(card([], "en").description).toBe("We have no records for Region Gotland.");
  });
});

describe("regionThemesCard: card and table twin", () => {
  it("title, subtitle with the span of years, ids", () => {
    const m = card(SOME);
    expect([m.id, m.title, m.subtitle]).toEqual(["poster-per-tema", "Antal poster per tema, Region Gotland", "Antal poster, uppdelat på typ. Poster från åren 2021–2023 samt utan år."]);
    expect([card(SOME, "en").title, card(SOME, "en").subtitle]).toEqual(["Records by theme, Region Gotland", "Number of records, by kind. Records from 2021–2023 and without a year."]);
    expect(card([]).subtitle).toBe("Antal poster, uppdelat på typ. Poster från åren ––– samt utan år.");
    expect([m.embedPath, m.fileName]).toEqual(["/embed/regioner/09", { page: "region-Gotland", selection: "poster-per-tema" }]);
  });
  it("more than three source pages: a note says where the rest are", () => {
    const many = [1, 2, 3, 4, 5].map((n) => entry("09", "klimat", "insats", 2023, source(n)));
    expect(card(many).notes).toEqual(["Posterna kommer från 5 källsidor; varje post länkar till sin källa i avsnittet Insatser, resultat och strategier per tema på regionens sida."]);
    expect(card(many, "en").notes).toEqual(["The records come from 5 source pages; each record links to its source in the section Activities, results and strategies by theme on the region's page."]);
  });
  it("the table: one row per theme (linked), a column per kind present", () => {
    const t = card(SOME).table;
    expect(t.caption).toBe("Antal poster per tema och typ, Region Gotland");
    expect(t.columns.map((c) => c.id)).toEqual(["tema", "insats", "anslag", "total"]);
    expect(t.rows.map((r) => [r.cells.tema.t, r.cells.tema.href, r.cells.insats.t, r.cells.anslag.t, r.cells.total.t])).toEqual([
      ["Kompetensförsörjning", "/teman/kompetens", "1", "1", "2"], ["Digital infrastruktur", "/teman/digital", "1", "0", "1"], ["Klimat", "/teman/klimat", "0", "0", "0"],
    ]);
    const en = card(SOME, "en").table;
    expect(en.caption).toBe("Records by theme and kind, Region Gotland");
    expect(en.columns.map((c) => c.label)).toEqual(["Theme", "Activities", "Funding", "Total"]);
    expect(en.rows.map((r) => r.cells.tema.t)).toEqual(["Skills supply", "Digital infrastructure", "Climate"]);
  });
});
