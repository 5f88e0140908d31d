import { describe, expect, it } from "vitest";
import { byCountDesc, coverageMatrix, countLevel, countsByRegion, countsByTheme, groupByTheme, sortEntries } from "./records";
import type { Entry } from "../schema";

let n = 0;
function entry(over: Partial<Entry> = {}): Entry {
  n++;
  return {
    id: `e-${n}`, region: "09", theme: "integration", kind: "insats", title: `Post ${n}`, summary: "Sammanfattning",
    figures: [], year: 2023, period: { kind: "ar" as const, from: 2023, to: 2023 }, source: { url: "https://example.se/", title: "Källa", type: "regionens-egen" as const }, ...over,
  };
}
const regions = [{ code: "09", name: "Gotland" }, { code: "12", name: "Skåne" }];
const themes = [{ slug: "integration", nameSv: "Integration" }, { slug: "jamstalldhet", nameSv: "Jämställdhet" }];

describe("coverageMatrix", () => {
  it("counts records per region and theme and keeps empty cells", () => {
    const c = coverageMatrix(
      [entry(), entry({ kind: "resultat" }), entry({ region: "12", theme: "jamstalldhet" }), entry({ region: "00" })],
      regions, themes,
    );
    expect(c.rows[0].cells.map((x) => x.count)).toEqual([2, 0]);
    expect(c.rows[0].cells[0].byKind).toMatchObject({ insats: 1, resultat: 1, strategi: 0 });
    expect(c.rows[1].cells.map((x) => x.count)).toEqual([0, 1]);
    expect(c.themeTotals).toEqual([2, 1]);
    expect(c.total).toBe(3); // the national record is not a region row
    expect(c.max).toBe(2);
  });
  it("handles no records", () => {
    const c = coverageMatrix([], regions, themes);
    expect(c.total).toBe(0);
    expect(c.max).toBe(0);
  });
});

describe("countLevel", () => {
  it("is 0 for empty and grows with the count", () => {
    expect(countLevel(0, 9)).toBe(0);
    expect(countLevel(1, 9)).toBe(1);
    expect(countLevel(9, 9)).toBe(4);
    expect(countLevel(2, 3)).toBe(2);
  });
});

describe("counts", () => {
  it("counts by theme including zeros", () => {
    expect(countsByTheme([entry(), entry()], themes).map((r) => [r.key, r.count])).toEqual([["integration", 2], ["jamstalldhet", 0]]);
  });
  it("counts by region including zeros", () => {
    expect(countsByRegion([entry({ region: "12" })], regions).map((r) => r.count)).toEqual([0, 1]);
  });
  it("gives each row its key, label and counts per kind, by theme and by region alike", () => {
    const es = [entry(), entry({ kind: "resultat" }), entry({ region: "12", theme: "jamstalldhet" })];
    const byTheme = countsByTheme(es, themes);
    expect(byTheme.map((r) => [r.key, r.label, r.count, r.byKind.insats, r.byKind.resultat])).toEqual([
      ["integration", "Integration", 2, 1, 1], ["jamstalldhet", "Jämställdhet", 1, 1, 0],
    ]);
    const byRegion = countsByRegion(es, regions);
    expect(byRegion.map((r) => [r.key, r.label, r.count, r.byKind.insats, r.byKind.resultat])).toEqual([
      ["09", "Gotland", 2, 1, 1], ["12", "Skåne", 1, 1, 0],
    ]);
  });
  it("orders bars by count, highest first, ties in the order given (the dataset's), without changing the input", () => {
    const rows = [{ key: "a", count: 1 }, { key: "b", count: 3 }, { key: "c", count: 0 }, { key: "d", count: 3 }, { key: "e", count: 1 }];
    expect(byCountDesc(rows).map((r) => r.key)).toEqual(["b", "d", "a", "e", "c"]);
    expect(rows.map((r) => r.key)).toEqual(["a", "b", "c", "d", "e"]);
  });
  it("groups by theme in theme order and skips empty themes", () => {
    const g = groupByTheme([entry({ theme: "jamstalldhet" }), entry()], themes);
    expect(g.map((x) => x.theme)).toEqual(["integration", "jamstalldhet"]);
    expect(groupByTheme([entry()], themes)).toHaveLength(1);
  });
  it("sorts strategies first, newest first, missing years last", () => {
    const s = sortEntries([entry({ year: null, title: "A" }), entry({ year: 2021, title: "B" }), entry({ kind: "strategi", year: 2019, title: "C" })]);
    expect(s.map((e) => e.title)).toEqual(["C", "B", "A"]);
  });
});
