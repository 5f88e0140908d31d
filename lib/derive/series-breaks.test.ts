import { describe, expect, it } from "vitest";
import { breaksBetween } from "./series-breaks";

const periods = [2015, 2018, 2022].map((y) => ({ year: y, period: String(y) }));

describe("breaksBetween", () => {
  it("places a break between the shown periods around it", () => {
    expect(breaksBetween({ seriesBreaks: [{ after: 2018, noteSv: "RAMS → BAS" }] }, periods)).toEqual([
      { between: ["2018", "2022"], label: "Serieavbrott", noteSv: "RAMS → BAS" },
    ]);
  });
  it("ignores breaks outside the shown periods", () => {
    expect(breaksBetween({ seriesBreaks: [{ after: 2022, noteSv: "x" }] }, periods)).toEqual([]);
    expect(breaksBetween({ seriesBreaks: [] }, periods)).toEqual([]);
  });
});
