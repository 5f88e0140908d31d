import { describe, expect, it } from "vitest";
import type { Entry } from "../schema";
import { cardCountText, sortForCards, toCardRow } from "./record-cards";
import { filterRows } from "./table-rows";
import { DEFAULT_DATA_VIEW } from "../url-state";

function entry(over: Partial<Entry>): Entry {
  return {
    id: "x", region: "09", theme: "integration", kind: "insats", title: "Titel", summary: "Text", figures: [], year: 2023, period: { kind: "ar", from: 2023, to: 2023 },
    source: { url: "https://www.gotland.se/", title: "Region Gotland", type: "regionens-egen" as const }, ...over,
  };
}

describe("record cards", () => {
  it("keep each figure as the source wrote it, one per line, and the actor", () => {
    const c = toCardRow(entry({
      actor: "Länsstyrelsen",
      figures: [
        { label: "Stöd", text: "över 110", value: 110, qualifier: "över", unit: "MSEK" },
        { label: "Projekt", text: "4", value: 4, unit: "st" },
      ],
    }), "Region Gotland", "Integration");
    expect(c.figures).toEqual(["Stöd: över 110 MSEK", "Projekt: 4 st"]);
    expect(c.actor).toBe("Länsstyrelsen");
  });
  it("carry the source's type and note, so the card can say how much to trust it", () => {
    const c = toCardRow(entry({ source: { url: "https://docplayer.se/1", title: "Kopia", type: "spegel", note: "Originalet saknas." } }), "Region Gotland", "Integration");
    expect([c.sourceType, c.sourceNote]).toEqual(["spegel", "Originalet saknas."]);
    expect(toCardRow(entry({}), "Region Gotland", "Integration").sourceNote).toBeNull();
  });
  it("are filtered by the same rule as the data table, figures and labels included", () => {
    const rows = [
      toCardRow(entry({ id: "a", figures: [{ label: "Hushåll", text: "120", value: 120, unit: "st" }] }), "Region Gotland", "Integration"),
      toCardRow(entry({ id: "b", kind: "resultat", year: null }), "Region Gotland", "Integration"),
    ];
    expect(filterRows(rows, { ...DEFAULT_DATA_VIEW, q: "hushåll gotland" }).map((r) => r.id)).toEqual(["a"]);
    expect(filterRows(rows, { ...DEFAULT_DATA_VIEW, ar: "saknas" }).map((r) => r.id)).toEqual(["b"]);
  });
  it("sort by theme order, then newest first, records without a year last", () => {
    const themes = [{ slug: "b" }, { slug: "a" }];
    const sorted = sortForCards([
      entry({ id: "1", theme: "a", year: 2023 }), entry({ id: "2", theme: "b", year: null }), entry({ id: "3", theme: "b", year: 2021 }),
    ], themes);
    expect(sorted.map((e) => e.id)).toEqual(["3", "2", "1"]);
  });
  it("count in words, in both languages", () => {
    expect(cardCountText(4, 11, "sv")).toBe("Visar 4 av 11 poster.");
    expect(cardCountText(1, 1, "sv")).toBe("Visar 1 av 1 post.");
    expect(cardCountText(0, 11, "sv")).toBe("Inga poster matchar filtren.");
    expect(cardCountText(1200, 1234, "en")).toBe("Showing 1,200 of 1,234 records.");
  });
  it("the first page of a longer list says how many match", () => {
    expect(cardCountText(8, 16, "sv", 16)).toBe("Visar 8 av 16 poster.");
    expect(cardCountText(8, 40, "sv", 12)).toBe("Visar 8 av 12 matchande poster (av 40).");
    expect(cardCountText(8, 1234, "en", 1200)).toBe("Showing 8 of 1,200 matching records (of 1,234).");
    expect(cardCountText(0, 40, "sv", 0)).toBe("Inga poster matchar filtren.");
  });
});
