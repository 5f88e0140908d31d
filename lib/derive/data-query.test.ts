import { describe, expect, it } from "vitest";
import { dataPage, matchingRows, sortDataRows } from "./data-query";
import type { DataRow } from "./table-rows";
import { DEFAULT_DATA_VIEW, type DataViewState } from "../url-state";

function row(i: number, over: Partial<DataRow> = {}): DataRow {
  return {
    id: `r${i}`, region: i % 2 ? "09" : "12", regionLabel: i % 2 ? "Region Gotland" : "Region Skåne", theme: "t", themeLabel: "Tema",
    kind: i % 3 ? "insats" : "resultat", title: `Titel ${String(i).padStart(3, "0")}`, summary: "", figures: "", year: i % 5 ? 2020 + (i % 4) : null,
    actor: null, period: { kind: "ar", from: null, to: null }, sourceUrl: "https://example.org", sourceTitle: "Källa", sourceType: "regionens-egen", haystack: `titel ${i} ${i % 7 === 0 ? "bredband" : ""}`, ...over,
  };
}
const rows = Array.from({ length: 60 }, (_, i) => row(i + 1));
const view = (v: Partial<DataViewState>): DataViewState => ({ ...DEFAULT_DATA_VIEW, ...v });

describe("dataPage", () => {
  it("sends only the rows of the page asked for, with the counts the table shows", () => {
    const p = dataPage(rows, view({ sida: 2 }), "sv");
    expect(p.rows.map((r) => r.id)).toEqual(rows.slice(25, 50).map((r) => r.id));
    expect(p).toMatchObject({ matching: 60, total: 60, page: 2, pageCount: 3 });
    expect(p.rows.every((r) => r.haystack === "")).toBe(true);
  });
  it("a page past the end shows the last page", () => {
    const p = dataPage(rows, view({ sida: 99 }), "sv");
    expect(p.page).toBe(3);
    expect(p.rows).toHaveLength(10);
  });
  it("filters before paging", () => {
    const p = dataPage(rows, view({ region: "09", q: "bredband" }), "sv");
    const expected = rows.filter((r) => r.region === "09" && r.haystack.includes("bredband"));
    expect(p.matching).toBe(expected.length);
    expect(p.rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });
  it("an empty result is one empty page", () => {
    expect(dataPage(rows, view({ q: "finns-inte" }), "sv")).toMatchObject({ rows: [], matching: 0, page: 1, pageCount: 1 });
  });
});

describe("sortDataRows", () => {
  it("sorts by year with missing years last in both directions, ties in the incoming order", () => {
    const asc = sortDataRows(rows, { id: "ar", desc: false }, "sv");
    const desc = sortDataRows(rows, { id: "ar", desc: true }, "sv");
    for (const sorted of [asc, desc]) {
      const firstMissing = sorted.findIndex((r) => r.year === null);
      expect(sorted.slice(firstMissing).every((r) => r.year === null)).toBe(true);
    }
    expect(asc[0].year).toBe(2020);
    expect(desc[0].year).toBe(2023);
    const ties = asc.filter((r) => r.year === 2020).map((r) => r.id);
    expect(ties).toEqual(rows.filter((r) => r.year === 2020).map((r) => r.id));
  });
  it("sorts regions by the name shown, Swedish collation (Å after Z)", () => {
    const named = [row(1, { regionLabel: "Region Örebro län" }), row(2, { regionLabel: "Region Uppsala" }), row(3, { regionLabel: "Region Östergötland" })];
    expect(sortDataRows(named, { id: "region", desc: false }, "sv").map((r) => r.regionLabel))
      .toEqual(["Region Uppsala", "Region Örebro län", "Region Östergötland"]);
  });
  it("without a sort keeps the default order", () => {
    expect(sortDataRows(rows, null, "sv")).toBe(rows);
  });
  it("matchingRows gives the whole selection in order (the download)", () => {
    const all = matchingRows(rows, view({ typ: "resultat", sort: { id: "titel", desc: true }, sida: 2 }), "sv");
    expect(all).toHaveLength(rows.filter((r) => r.kind === "resultat").length);
    expect(all[0].title > all[all.length - 1].title).toBe(true);
  });
});
