import { describe, expect, it } from "vitest";
import { lineHeight, textWidth } from "./measure";
import { wrapText } from "./wrap";

describe("textWidth (font-metrics table measured in Chromium)", () => {
  it("gives Chromium's widths at 13 px, never narrower (measured with scripts/measure-font-metrics.ts)", () => {
    // Chromium (DejaVu Sans, with kerning): 104,3 px, 49,6 px, 33,1 px, 419,7 px.
    expect(textWidth("Västra Götaland", 13)).toBeCloseTo(105.4, 0);
    expect(textWidth("1 234,5", 13)).toBeCloseTo(49.6, 0);
    expect(textWidth("2014", 13)).toBeCloseTo(33.1, 0);
    expect(textWidth("Innovation och förnyelse samt företagande och entreprenörskap", 13)).toBeCloseTo(421, 0);
  });
  it("scales with the font size, is wider in bold, and counts an unknown character as an M", () => {
    expect(textWidth("Riket", 26)).toBeCloseTo(2 * textWidth("Riket", 13), 6);
    expect(textWidth("Riket", 13, 700)).toBeGreaterThan(textWidth("Riket", 13));
    expect(textWidth("\u4e2d", 13)).toBe(textWidth("M", 13));
    expect(textWidth("", 13)).toBe(0);
  });
  it("has a line height that holds the font's ascent and descent", () => {
    expect(lineHeight(13)).toBe(16);
  });
});

describe("wrapText", () => {
  const fits = (lines: string[], w: number) => lines.every((l) => textWidth(l, 13) <= w);
  it("keeps a name that fits on one line", () => {
    expect(wrapText("Västra Götaland", 122, 13)).toEqual({ lines: ["Västra Götaland"], abbreviated: false, width: textWidth("Västra Götaland", 13) });
  });
  it("wraps at spaces into lines that fit the column", () => {
    const w = wrapText("Likvärdiga möjligheter till boende, arbete och välfärd", 150, 13);
    expect(w).toMatchObject({ lines: ["Likvärdiga möjligheter", "till boende, arbete och", "välfärd"], abbreviated: false });
    expect(fits(w.lines, 150)).toBe(true);
  });
  it("breaks after a hyphen, and cuts a single word wider than the line with a hyphen", () => {
    expect(wrapText("Miljö-klimat", 50, 13).lines).toEqual(["Miljö-", "klimat"]);
    const w = wrapText("Kompetensförsörjning", 100, 13);
    expect(w.lines.length).toBe(2);
    expect(w.lines[0].endsWith("-")).toBe(true);
    expect(w.lines.join("").replace("-", "")).toBe("Kompetensförsörjning");
    expect(fits(w.lines, 100)).toBe(true);
  });
  it("abbreviates with … on the last allowed line, and says so", () => {
    const w = wrapText("Innovation och förnyelse samt företagande och entreprenörskap", 110, 13, 2);
    expect(w.lines).toHaveLength(2);
    expect(w.lines[1].endsWith("…")).toBe(true);
    expect(w.abbreviated).toBe(true);
    expect(fits(w.lines, 110)).toBe(true);
  });
});
