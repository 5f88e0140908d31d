import { describe, expect, it } from "vitest";
import { formatNumber, formatFlexible, formatValue, formatRank, formatYear, collator, formatDate, MISSING } from "./format";

const nbsp = "\u00a0";

describe("format", () => {
  it("uses Swedish grouping and decimal comma", () => {
    expect(formatNumber(1234.5, 1)).toBe(`1${nbsp}234,5`);
    expect(formatNumber(1993337)).toBe(`1${nbsp}993${nbsp}337`);
    expect(formatFlexible(3.4)).toBe("3,4");
    expect(formatFlexible(25)).toBe("25");
  });
  it("shows missing values as 'Uppgift saknas'", () => {
    expect(formatNumber(null)).toBe(MISSING);
    expect(formatNumber(Number.NaN)).toBe(MISSING);
    expect(formatYear(null)).toBe("Uppgift saknas");
    expect(formatRank(null, 21)).toBe("Uppgift saknas");
  });
  it("adds % for percentage units", () => {
    expect(formatValue(12.345, "procent", 1)).toBe(`12,3${nbsp}%`);
    expect(formatValue(576, "tusental kronor per invånare, löpande priser", 0)).toBe("576");
  });
  it("ranks as 'n av 21'", () => {
    expect(formatRank(3, 21)).toBe("3 av 21");
  });
  it("follows the English locale in the English UI", () => {
    expect(formatNumber(1234.5, 1, "en")).toBe("1,234.5");
    expect(formatValue(1234.5, "procent", 1, "en")).toBe("1,234.5%");
    expect(formatValue(1234.5, "procent", 1, "sv")).toBe(`1${nbsp}234,5${nbsp}%`);
    expect(formatRank(3, 21, "en")).toBe("3 of 21");
    expect(formatNumber(null, 0, "en")).toBe("Not available");
    expect(formatDate(new Date("2026-11-27T12:00:00Z"), "en")).toBe("27 November 2026");
    expect(formatDate(new Date("2026-11-27T12:00:00Z"))).toBe("27 november 2026");
  });
  it("sorts Swedish letters after z", () => {
    expect(["Örebro", "Västerbotten", "Ångermanland", "Blekinge"].sort(collator.compare)).toEqual([
      "Blekinge", "Västerbotten", "Ångermanland", "Örebro",
    ]);
  });
});
