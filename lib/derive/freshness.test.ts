import { describe, expect, it } from "vitest";
import { freshnessOf, yearsSpreadSentence } from "./freshness";

describe("freshness", () => {
  const v = (indicator: string, region: string, year: number, period = String(year)) => ({ indicator, region, year, period });
  it("latest period with all län, and latest with any value (a newer fragment does not count as complete)", () => {
    const values = [v("a", "01", 2020), v("a", "09", 2020), v("a", "01", 2023), v("a", "00", 2024), v("b", "01", 2021)];
    expect(freshnessOf(["a", "b", "c"], values, 2)).toEqual([
      { id: "a", latestFull: { year: 2020, period: "2020" }, latestAny: { year: 2024, period: "2024" } },
      { id: "b", latestFull: null, latestAny: { year: 2021, period: "2021" } },
      { id: "c", latestFull: null, latestAny: null },
    ]);
  });
  it("says when years differ, and nothing when they do not", () => {
    expect(yearsSpreadSentence([{ year: 2025 }, { year: 2017 }, { year: 2024 }], "sv")).toBe(
      "Indikatorerna gäller olika år, från 2017 till 2025: varje rad visar sitt eget senaste år. Jämför inte värden från olika år med varandra.",
    );
    expect(yearsSpreadSentence([{ year: 2024 }, { year: 2024 }], "sv")).toBeNull();
  });
});
