import { describe, expect, it } from "vitest";
import { carriesMyRegion, parseMyRegion, withMyRegion } from "./my-region";

const known = ["01", "09", "24"];

describe("parseMyRegion", () => {
  it("reads a known county code from either form of search params", () => {
    expect(parseMyRegion({ min: "24" }, known)).toBe("24");
    expect(parseMyRegion(new URLSearchParams("ar=2021&min=09"), known)).toBe("09");
    expect(parseMyRegion({ min: ["01", "24"] }, known)).toBe("01");
  });
  it("falls back to no region for anything else, never throwing", () => {
    for (const bad of [undefined, "", "00", "99", "2", "24x", "<script>", " "]) {
      expect(parseMyRegion({ min: bad }, known)).toBeNull();
    }
    expect(parseMyRegion(new URLSearchParams(""), known)).toBeNull();
  });
});

describe("withMyRegion", () => {
  it("adds, replaces and removes the parameter, keeping the rest and the hash", () => {
    expect(withMyRegion("/indikatorer/x", "24")).toBe("/indikatorer/x?min=24");
    expect(withMyRegion("/indikatorer/x?ar=2021#karta", "24")).toBe("/indikatorer/x?ar=2021&min=24#karta");
    expect(withMyRegion("/jamfor?regioner=01,12&min=09", "24")).toBe("/jamfor?regioner=01,12&min=24");
    expect(withMyRegion("/teman/a?min=09", null)).toBe("/teman/a");
    expect(withMyRegion("/en", "01")).toBe("/en?min=01");
  });
  it("round-trips: what it writes, parseMyRegion reads back", () => {
    for (const code of known) {
      for (const path of ["/", "/data?region=09&q=a b", "/indikatorer/x?ar=2021–2025#t"]) {
        const out = withMyRegion(path, code);
        const query = out.split("?")[1]?.split("#")[0] ?? "";
        expect(parseMyRegion(new URLSearchParams(query), known)).toBe(code);
        expect(withMyRegion(withMyRegion(out, null), code)).toBe(out);
      }
    }
  });
});

describe("carriesMyRegion", () => {
  it("carries the region to pages, not to downloads, embeds or files", () => {
    expect(carriesMyRegion("/teman/integration")).toBe(true);
    expect(carriesMyRegion("/en/indikatorer/x")).toBe(true);
    expect(carriesMyRegion("/nedladdning/regionlaget-data.zip")).toBe(false);
    expect(carriesMyRegion("/en/embed/karta")).toBe(false);
    expect(carriesMyRegion("/icon.svg")).toBe(false);
    expect(carriesMyRegion("https://scb.se/")).toBe(false);
  });
});
