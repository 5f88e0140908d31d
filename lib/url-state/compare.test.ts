import { describe, expect, it } from "vitest";
import { compareHref, DEFAULT_HEATMAP, parseCompareRegions, parseHeatmapView } from "./compare";

const CODES = ["01", "03", "09", "12", "14", "25"];
const THEMES = ["integration", "kompetensforsorjning"];
const query = (href: string) => new URLSearchParams(href.split("?")[1] ?? "");

describe("/jamfor URL state", () => {
  it("round-trips regions and heatmap view through the canonical address", () => {
    for (const [codes, view] of [
      [["01", "12", "14"], { typ: "insats", sortera: "kompetensforsorjning" }],
      [["09", "25"], DEFAULT_HEATMAP],
      [[], { typ: null, sortera: "antal" }],
    ] as const) {
      const href = compareHref(codes, view);
      const sp = query(href);
      expect(parseCompareRegions(sp, CODES).codes).toEqual(codes);
      expect(parseHeatmapView(sp, THEMES)).toEqual(view);
    }
  });
  it("writes the comma form with defaults left out", () => {
    expect(compareHref(["01", "12"])).toBe("/jamfor?regioner=01,12");
    expect(compareHref([], DEFAULT_HEATMAP)).toBe("/jamfor");
    expect(compareHref(["01", "12"], { typ: "resultat", sortera: "antal" }, "#tackning")).toBe("/jamfor?regioner=01,12&typ=resultat&sortera=antal#tackning");
  });
  it("reads the repeated form, and the object form Next gives a page", () => {
    expect(parseCompareRegions(new URLSearchParams("regioner=01&regioner=12,14"), CODES)).toMatchObject({ codes: ["01", "12", "14"], ok: true, repeated: true });
    expect(parseCompareRegions({ regioner: ["01", "12"] }, CODES)).toMatchObject({ codes: ["01", "12"], repeated: true });
  });
  it("drops unknown codes and regions beyond four, saying which; broken heatmap parameters fall back", () => {
    const s = parseCompareRegions(new URLSearchParams("regioner=01,xx,03,09,12,14,01"), CODES);
    expect(s).toEqual({ codes: ["01", "03", "09", "12"], ok: true, given: true, unknown: ["xx"], overflow: ["14"], repeated: false });
    expect(parseCompareRegions(new URLSearchParams(""), CODES)).toMatchObject({ codes: [], ok: false, given: false });
    expect(parseHeatmapView(new URLSearchParams("typ=okand&sortera=<script>"), THEMES)).toEqual(DEFAULT_HEATMAP);
  });
});
