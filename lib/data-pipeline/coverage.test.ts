import { describe, expect, it } from "vitest";
import { coverage, coverageLines } from "./coverage";

describe("coverage", () => {
  const d = {
    regions: [{ code: "01" }, { code: "09" }],
    themes: [{ slug: "a" }, { slug: "b" }],
    entries: [
      { region: "01", theme: "a", year: 2023 },
      { region: "00", theme: "b", year: 2023 },
      { region: "09", theme: "a", year: 2019 },
    ],
    indicators: [
      { id: "x", themes: ["a"], fragment: false },
      { id: "y", themes: ["b"], fragment: true },
    ],
    values: [
      { indicator: "x", region: "01", year: 2024 },
      { indicator: "y", region: "01", year: 2025 },
    ],
  };
  it("counts empty region × theme cells (national records fill none), 2023 records and fresh indicators", () => {
    const c = coverage(d);
    expect(c).toEqual({
      cells: 4, emptyCells: 2, entries: 3, entries2023: 2, indicatorsFrom2023: ["x"], themesWithFullIndicator: ["a"], themesWithoutFullIndicator: ["b"],
    });
    expect(coverageLines(c)[0]).toBe("tomma region × tema-celler: 2 av 4");
  });
});
