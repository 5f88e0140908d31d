import { describe, expect, it } from "vitest";
import { bestRank, compareWith, extremeOf, profileRow, regionProfile, stripDomain, stripPosition } from "./profile";
import type { Indicator, IndicatorValue } from "../schema";

const src = { url: "https://www.scb.se/", title: "SCB", type: "regionens-egen" as const };
function v(region: string, period: string, value: number, indicator = "x"): IndicatorValue {
  return { indicator, region, year: Number(period.slice(-4)), period, value, source: src };
}
const regions = [{ code: "01", name: "Stockholm" }, { code: "09", name: "Gotland" }, { code: "24", name: "Västerbotten" }];
function ind(over: Partial<Indicator> = {}): Indicator {
  return {
    id: "x", nameSv: "X", nameEn: "X", shortSv: "X", unit: "procent", unitEn: "per cent", decimals: 1, direction: "neutral",
    definitionSv: "d", definitionEn: "d", themes: [], source: src, credit: "Källa: SCB", notes: [], fragment: false, seriesBreaks: [], ...over,
  };
}

describe("extremeOf and bestRank", () => {
  it("names the top and bottom ranks only", () => {
    expect(extremeOf(1, 21)).toBe("highest");
    expect(extremeOf(21, 21)).toBe("lowest");
    expect(extremeOf(7, 21)).toBeNull();
    expect(extremeOf(1, 1)).toBeNull();
  });
  it("counts the best rank in the indicator's direction", () => {
    expect(bestRank(21, 21, "lagre-battre")).toBe(1);
    expect(bestRank(2, 21, "hogre-battre")).toBe(2);
    expect(bestRank(2, 21, "neutral")).toBeNull();
  });
});

describe("compareWith", () => {
  it("is better when low unemployment is below Riket", () => {
    expect(compareWith(3.3, 6.6, "lagre-battre")).toBe("better");
    expect(compareWith(3.3, 6.6, "hogre-battre")).toBe("worse");
    expect(compareWith(6.6, 6.6, "hogre-battre")).toBe("same");
  });
  it("says nothing for neutral indicators or a missing Riket", () => {
    expect(compareWith(3.3, 6.6, "neutral")).toBeNull();
    expect(compareWith(3.3, null, "lagre-battre")).toBeNull();
  });
});

describe("profileRow", () => {
  const values = [
    v("01", "2022", 7), v("09", "2022", 5), v("24", "2022", 3.3), v("00", "2022", 6.6),
    v("24", "2020", 4.1), v("01", "2020", 7),
  ];
  it("gives value, rank with its extreme, Riket comparison in the direction, change since the earliest year and the strip", () => {
    const r = profileRow("24", ind({ direction: "lagre-battre" }), values, regions)!;
    expect(r).toMatchObject({ period: "2022", value: 3.3, rank: 3, of: 3, extreme: "lowest", riket: 6.6, comparison: "better" });
    expect(r.earliest).toEqual({ period: "2020", value: 4.1 });
    expect(r.change).toBeCloseTo(-0.8);
    expect(r.points.map((p) => p.code).sort()).toEqual(["01", "09", "24"]);
  });
  it("leaves Riket absent when it is missing, and has no change with only one year", () => {
    const r = profileRow("09", ind({ direction: "hogre-battre" }), values.filter((x) => x.region !== "00"), regions)!;
    expect(r.riket).toBeNull();
    expect(r.comparison).toBeNull();
    expect(r.earliest).toBeNull();
    expect(r.change).toBeNull();
  });
  it("treats a Riket outside the län's range as a total: not drawn, not compared", () => {
    const r = profileRow("24", ind({ direction: "hogre-battre" }), [...values.filter((x) => x.region !== "00"), v("00", "2022", 100)], regions)!;
    expect(r.riket).toBe(100);
    expect(r.riketComparable).toBe(false);
    expect(r.comparison).toBeNull();
  });
  it("computes no change across a series break", () => {
    const r = profileRow("24", ind({ seriesBreaks: [{ after: 2021, noteSv: "Ny metod" }] }), values, regions)!;
    expect(r.breakBetween).toBe(true);
    expect(r.change).toBeNull();
  });
  it("has no row for a region without a value, or for a fragment", () => {
    expect(profileRow("09", ind(), [v("01", "2022", 1)], regions)).toBeNull();
    expect(profileRow("24", ind({ fragment: true }), values, regions)).toBeNull();
  });
});

describe("regionProfile", () => {
  it("groups each indicator once under its first known theme, background first, in theme order", () => {
    const inds = [
      ind({ id: "a", themes: ["b-tema", "a-tema"] }), ind({ id: "b", themes: ["a-tema"] }), ind({ id: "c" }), ind({ id: "d", themes: ["a-tema"] }),
    ];
    const values = ["a", "b", "c"].map((id) => v("24", "2022", 1, id));
    const groups = regionProfile("24", inds, values, regions, ["a-tema", "b-tema"]);
    expect(groups.map((g) => [g.theme, g.rows.map((r) => r.indicator.id)])).toEqual([
      [null, ["c"]], ["a-tema", ["b"]], ["b-tema", ["a"]],
    ]);
  });
});

describe("strip scale", () => {
  it("spans the values and Riket, and is never zero wide", () => {
    expect(stripDomain([3, 9], 12)).toEqual([3, 12]);
    expect(stripDomain([5], null)).toEqual([4, 6]);
    expect(stripPosition(3, [3, 12])).toBe(4);
    expect(stripPosition(12, [3, 12])).toBe(96);
  });
});
