import { describe, expect, it } from "vitest";
import { getDataset } from "./data";
import { scopeCards, scopeCardsUrl } from "./records-table-data";
import { sortForCards } from "./derive/record-cards";

describe("scopeCards: every card of a region's or a theme's page (the page shows the first page of them)", () => {
  const d = getDataset();
  it("a region: its records, in the cards' order, named in the language", () => {
    const mine = d.entries.filter((e) => e.region === "24");
    const rows = scopeCards("region", "24", "sv")!;
    expect(rows.map((r) => r.id)).toEqual(sortForCards(mine, d.themes).map((e) => e.id));
    const en = scopeCards("region", "24", "en")!;
    expect(en.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    const theme = d.themes.find((t) => t.slug === rows[0].theme)!;
    expect([rows[0].themeLabel, en[0].themeLabel]).toEqual([theme.nameSv, theme.nameEn]);
  });
  it("a theme: the regions' records on it, never the national ones", () => {
    const rows = scopeCards("tema", "kompetensforsorjning", "sv")!;
    expect(rows.length).toBe(d.entries.filter((e) => e.theme === "kompetensforsorjning" && e.region !== "00").length);
    expect(rows.every((r) => r.region !== "00" && r.theme === "kompetensforsorjning")).toBe(true);
  });
  it("an unknown region or theme gives null, and the JSON address names language, scope and key", () => {
    expect(scopeCards("region", "99", "sv")).toBeNull();
    expect(scopeCards("tema", "finns-inte", "en")).toBeNull();
    expect(scopeCardsUrl("region", "24", "en")).toBe("/api/poster/en/region/24");
  });
});
