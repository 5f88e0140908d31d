import { describe, expect, it } from "vitest";
import { myRegionStanding } from "./my-region";
import { rankingFor } from "./indicators";
import type { IndicatorValue } from "../schema";

const src = { url: "https://www.scb.se/", title: "SCB", type: "regionens-egen" as const };
const v = (region: string, value: number): IndicatorValue => ({ indicator: "x", region, year: 2022, period: "2022", value, source: src });
const regions = [{ code: "01", name: "Stockholm" }, { code: "09", name: "Gotland" }, { code: "24", name: "Västerbotten" }];

describe("myRegionStanding", () => {
  const ranking = rankingFor([v("01", 7.5), v("09", 5), v("24", 3.3)], "x", "2022", regions);
  const ind = { unit: "procent av arbetskraften", decimals: 1 };
  it("says the value and the rank, with lowest at the bottom", () => {
    expect(myRegionStanding(ranking, ind, "24", "sv")).toBe("Västerbotten: 3,3\u00a0% (rang 3 av 3, lägst)");
    expect(myRegionStanding(ranking, ind, "01", "en")).toBe("Stockholm: 7.5% (rank 1 of 3, highest)");
    expect(myRegionStanding(ranking, ind, "09", "sv")).toBe("Gotland: 5,0\u00a0% (rang 2 av 3)");
  });
  it("says nothing without a region or a value", () => {
    expect(myRegionStanding(ranking, ind, null, "sv")).toBeNull();
    expect(myRegionStanding(rankingFor([v("01", 1)], "x", "2022", regions), ind, "24", "sv")).toBeNull();
  });
});
