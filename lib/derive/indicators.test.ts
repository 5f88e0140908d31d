import { describe, expect, it } from "vitest";
import { competitionRank, defaultPeriod, periodsOf, rankingFor, regionIndicators, seriesFor } from "./indicators";
import type { Indicator, IndicatorValue } from "../schema";

const src = { url: "https://www.scb.se/", title: "SCB", type: "regionens-egen" as const };
function v(region: string, period: string, value: number, indicator = "x"): IndicatorValue {
  return { indicator, region, year: Number(period.slice(-4)), period, value, source: src };
}
const regions = [
  { code: "01", name: "Stockholm" }, { code: "09", name: "Gotland" }, { code: "12", name: "Skåne" }, { code: "25", name: "Norrbotten" },
];
function ind(over: Partial<Indicator> = {}): Indicator {
  return {
    id: "x", nameSv: "X", nameEn: "X", shortSv: "X", unit: "procent", unitEn: "per cent", decimals: 1, direction: "neutral",
    definitionSv: "d", definitionEn: "d", themes: [], source: src, credit: "Källa: SCB", notes: [], fragment: false, seriesBreaks: [], ...over,
  };
}

describe("competitionRank", () => {
  it("gives ties the same rank and skips the next", () => {
    const r = competitionRank([{ id: "a", value: 5 }, { id: "b", value: 9 }, { id: "c", value: 5 }, { id: "d", value: 1 }]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([["b", 1], ["a", 2], ["c", 2], ["d", 4]]);
  });
  it("leaves missing values unranked and last", () => {
    const r = competitionRank([{ id: "a", value: null }, { id: "b", value: 3 }]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([["b", 1], ["a", null]]);
  });
  it("handles all missing", () => {
    expect(competitionRank([{ value: null }]).map((x) => x.rank)).toEqual([null]);
  });
});

describe("rankingFor", () => {
  const values = [v("01", "2021", 10), v("09", "2021", 7.5), v("00", "2021", 8), v("01", "2019", 9)];
  it("ranks the regions of one period, with Riket apart and missing regions named", () => {
    const r = rankingFor(values, "x", "2021", regions);
    expect(r.rows.map((x) => [x.name, x.rank])).toEqual([["Stockholm", 1], ["Gotland", 2], ["Skåne", null], ["Norrbotten", null]]);
    expect(r.riket?.value).toBe(8);
    expect(r.count).toBe(2);
    expect(r.missing).toEqual(["Skåne", "Norrbotten"]);
  });
});

describe("periods", () => {
  it("lists periods oldest first and prefers the best-covered latest period", () => {
    const values = [v("01", "2019", 1), v("09", "2019", 2), v("12", "2019", 3), v("01", "2021", 4), v("01", "2021–2025", 5)];
    expect(periodsOf(values, "x").map((p) => p.period)).toEqual(["2019", "2021", "2021–2025"]);
    expect(defaultPeriod(values, "x")?.period).toBe("2019");
    expect(defaultPeriod([], "x")).toBeNull();
  });
});

describe("regionIndicators", () => {
  it("reports value, rank among regions with a value, and Riket; skips fragments", () => {
    const values = [v("01", "2021", 10), v("09", "2021", 7.5), v("00", "2021", 8), v("01", "2021", 3, "frag")];
    const rows = regionIndicators("09", [ind(), ind({ id: "frag", fragment: true })], values, regions);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 7.5, rank: 2, of: 2, riket: 8, period: "2021" });
  });
  it("shows a region without a value as missing", () => {
    const rows = regionIndicators("25", [ind()], [v("01", "2021", 10)], regions);
    expect(rows[0]).toMatchObject({ value: null, rank: null, of: 1, riket: null });
  });
});

describe("seriesFor", () => {
  it("keeps gaps as null", () => {
    const s = seriesFor([v("01", "2019", 1), v("09", "2021", 2)], "x", ["01", "09"]);
    expect(s).toEqual([
      { period: "2019", year: 2019, values: { "01": 1, "09": null } },
      { period: "2021", year: 2021, values: { "01": null, "09": 2 } },
    ]);
  });
});

import { chooseSeriesRegions } from "./indicators";
describe("chooseSeriesRegions", () => {
  const values = [v("01", "2021", 10), v("09", "2021", 7.5), v("12", "2021", 9), v("00", "2021", 8)];
  const ranking = rankingFor(values, "x", "2021", regions);
  const allowed = ["00", "01", "09", "12"];
  it("defaults to the highest, the lowest and Riket", () => {
    expect(chooseSeriesRegions([], ranking, allowed, false)).toEqual(["01", "09", "00"]);
  });
  it("keeps valid requested regions in order, drops unknown ones, caps the count", () => {
    expect(chooseSeriesRegions(["12", "99", "12", "00"], ranking, allowed, false)).toEqual(["12", "00"]);
    expect(chooseSeriesRegions(["01", "09", "12"], ranking, allowed, false, 2)).toEqual(["01", "09"]);
  });
  it("falls back to the regions with values for a fragment", () => {
    expect(chooseSeriesRegions(["xx"], null, ["00", "20"], true)).toEqual(["00", "20"]);
  });
});
