import { describe, expect, it } from "vitest";
import { euclidean, isAmongWeakest, learningPartners, similarRegions, structuralScores } from "./similar";
import type { Entry, Indicator, IndicatorValue } from "../schema";

const src = { url: "https://www.scb.se/", title: "SCB", type: "regionens-egen" as const };
function v(indicator: string, region: string, value: number, period = "2022"): IndicatorValue {
  return { indicator, region, year: Number(period), period, value, source: src };
}
function ind(id: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id, nameSv: id, nameEn: id, shortSv: id, unit: "procent", unitEn: "per cent", decimals: 1, direction: "neutral",
    definitionSv: "d", definitionEn: "d", themes: [], source: src, credit: "Källa: SCB", notes: [], fragment: false, seriesBreaks: [], ...over,
  };
}
function entry(region: string, theme: string, id = `${region}-${theme}`): Entry {
  return { id, region, theme, kind: "insats", title: id, summary: "s", figures: [], year: 2023, period: { kind: "ar", from: 2023, to: 2023 }, source: src };
}
const regions = ["01", "02", "03", "04", "05"].map((code) => ({ code, name: `R${code}` }));

describe("structuralScores and similarRegions", () => {
  const spec = [{ id: "size", transform: "log" as const }, { id: "edu", transform: "linear" as const }];
  const inds = [ind("size"), ind("edu")];
  const values = [
    v("size", "01", 1000), v("size", "02", 1100), v("size", "03", 100), v("size", "04", 110), v("size", "05", 10),
    v("edu", "01", 40), v("edu", "02", 38), v("edu", "03", 30), v("edu", "04", 31), v("edu", "05", 20),
  ];
  it("standardises each indicator to mean 0 and standard deviation 1", () => {
    const s = structuralScores(inds, values, regions, spec);
    for (let j = 0; j < 2; j++) {
      const col = [...s.z.values()].map((z) => z[j]);
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      const sd = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length);
      expect(mean).toBeCloseTo(0);
      expect(sd).toBeCloseTo(1);
    }
  });
  it("finds the nearest regions first, on a log scale for sizes", () => {
    const s = structuralScores(inds, values, regions, spec);
    expect(similarRegions("01", s, 2).map((x) => x.code)).toEqual(["02", "04"]);
    expect(similarRegions("03", s, 1).map((x) => x.code)).toEqual(["04"]);
  });
  it("leaves out regions missing a value, and skips indicators not in the data", () => {
    const s = structuralScores(inds, values.filter((x) => !(x.region === "05" && x.indicator === "edu")), regions, [...spec, { id: "nope", transform: "linear" }]);
    expect(s.excluded).toEqual(["05"]);
    expect(s.used.map((u) => u.id)).toEqual(["size", "edu"]);
    expect(similarRegions("05", s)).toEqual([]);
  });
  it("uses each region's latest value", () => {
    const older = [...values.filter((x) => !(x.region === "05" && x.indicator === "edu")), v("edu", "05", 20, "2019"), v("edu", "01", 99, "2018")];
    const s = structuralScores(inds, older, regions, spec);
    expect(s.used.find((u) => u.id === "edu")!.periods).toEqual(["2019", "2022"]);
    expect(s.z.get("05")).toEqual(structuralScores(inds, values, regions, spec).z.get("05"));
    expect(s.z.get("01")).toEqual(structuralScores(inds, values, regions, spec).z.get("01"));
  });
  it("measures Euclidean distance", () => {
    expect(euclidean([0, 0], [3, 4])).toBe(5);
  });
});

describe("learningPartners", () => {
  const unemployment = ind("unemp", { direction: "lagre-battre", themes: ["arbete"] });
  const values = [v("unemp", "01", 9), v("unemp", "02", 3), v("unemp", "03", 4), v("unemp", "04", 5), v("unemp", "05", 8)];
  const entries = [entry("02", "arbete"), entry("04", "arbete"), entry("03", "annat")];
  it("lists better regions with records in the theme when the region is among the weakest", () => {
    const items = learningPartners("01", [unemployment], values, regions, entries);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ bestRank: 5, of: 5, theme: "arbete" });
    expect(items[0].partners.map((p) => p.code)).toEqual(["02", "04"]);
  });
  it("puts similar regions first", () => {
    const items = learningPartners("01", [unemployment], values, regions, entries, ["04"]);
    expect(items[0].partners.map((p) => p.code)).toEqual(["04", "02"]);
  });
  it("says nothing for strong regions or neutral indicators", () => {
    expect(learningPartners("02", [unemployment], values, regions, entries)).toEqual([]);
    expect(learningPartners("01", [{ ...unemployment, direction: "neutral" }], values, regions, entries)).toEqual([]);
  });
  it("the weakest quarter of 21 is the last six", () => {
    expect(isAmongWeakest(16, 21)).toBe(true);
    expect(isAmongWeakest(15, 21)).toBe(false);
    expect(isAmongWeakest(3, 3)).toBe(false);
  });
});
