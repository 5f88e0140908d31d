import { describe, expect, it } from "vitest";
import { barTips, lineTips, nearestIndex, parsePositions } from "./tips";

describe("light tooltip text", () => {
  it("gives a single-series bar its label and the value printed on the bar", () => {
    const tips = barTips({
      lang: "sv", ariaLabel: "", decimals: 1, series: [{ key: "v", label: "BRP per invånare" }],
      data: [{ label: "Stockholm", values: { v: 1234.5 }, display: "1\u00a0234,5" }],
    });
    expect(tips).toEqual([["Stockholm", [["BRP per invånare", "1\u00a0234,5"]]]]);
  });
  it("gives a stacked bar every series in Swedish or English number format, missing as missing", () => {
    const props = {
      ariaLabel: "", series: [{ key: "a", label: "Strategi" }, { key: "b", label: "Insats" }],
      data: [{ label: "Uppsala", values: { a: 1200, b: null }, display: "1200" }],
    };
    expect(barTips({ ...props, lang: "sv" })).toEqual([["Uppsala", [["Strategi", "1\u00a0200"], ["Insats", "Uppgift saknas"]]]]);
    expect(barTips({ ...props, lang: "en" })[0][1][0]).toEqual(["Strategi", "1,200"]);
  });
  it("gives a line chart's period every series with fixed decimals", () => {
    const tips = lineTips({
      lang: "sv", ariaLabel: "", decimals: 1,
      series: [{ key: "01", label: "Stockholm", color: "#000", marker: "circle" }, { key: "00", label: "Riket", color: "#111", marker: "square" }],
      data: [{ period: "2021", year: 2021, values: { "01": 7, "00": null } }],
    });
    expect(tips).toEqual([["2021", [["Stockholm", "7,0"], ["Riket", "Uppgift saknas"]]]]);
  });
});

describe("nearestIndex", () => {
  it("finds the category nearest to the pointer and skips undrawn ones", () => {
    expect(nearestIndex([10, 40, 70], 52)).toBe(1);
    expect(nearestIndex([10, null, 70], 38)).toBe(0);
    expect(nearestIndex([10, 40, 70], 500)).toBe(2);
    expect(nearestIndex([null], 5)).toBe(-1);
  });
  it("reads positions as the static chart writes them", () => {
    expect(parsePositions("12.5,40,,67")).toEqual([12.5, 40, null, 67]);
    expect(parsePositions(null)).toEqual([]);
  });
});
