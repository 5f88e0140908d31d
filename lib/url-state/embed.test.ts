import { describe, expect, it } from "vitest";
import { embedViewQuery, INDICATOR_EMBED_VIEWS, parseIndicatorEmbedView, parseThemeEmbedView, THEME_EMBED_VIEWS } from "./embed";

describe("embed view parameter", () => {
  it("round-trips every view", () => {
    for (const v of THEME_EMBED_VIEWS) expect(parseThemeEmbedView(new URLSearchParams(`ar=2023${embedViewQuery(v)}`))).toBe(v);
    for (const v of INDICATOR_EMBED_VIEWS) expect(parseIndicatorEmbedView(new URLSearchParams(`ar=2023${embedViewQuery(v)}`), false)).toBe(v);
  });
  it("defaults: bars, or the time series for a fragmentary indicator; unknown values fall back", () => {
    expect(parseThemeEmbedView({})).toBe("stapel");
    expect(parseThemeEmbedView({ vy: "tidsserie" })).toBe("stapel");
    expect(parseIndicatorEmbedView({}, false)).toBe("stapel");
    expect(parseIndicatorEmbedView({ vy: "nej" }, true)).toBe("tidsserie");
    expect(parseIndicatorEmbedView({ vy: "karta" }, true)).toBe("karta");
  });
});
