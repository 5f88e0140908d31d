import { describe, expect, it } from "vitest";
import { chartLink } from "./link";

describe("chartLink", () => {
  it("keeps only the chart's own parameters and points at the card", () => {
    expect(chartLink("https://x.se/indikatorer/brp?ar=2021&regioner=09,25&region=01#top", "ind-brp", ["ar"])).toBe(
      "https://x.se/indikatorer/brp?ar=2021#ind-brp",
    );
    expect(chartLink("https://x.se/indikatorer/brp?ar=2021&regioner=09%2C25", "tidsserie-brp", ["regioner"])).toBe(
      "https://x.se/indikatorer/brp?regioner=09%2C25#tidsserie-brp",
    );
  });
  it("drops every parameter of a chart that has none (a records table's filters are not the chart's)", () => {
    expect(chartLink("https://x.se/teman/kultur?region=09&sida=2", "poster-per-region", [])).toBe("https://x.se/teman/kultur#poster-per-region");
  });
  it("keeps my region (min), which marks every chart", () => {
    expect(chartLink("https://x.se/teman/kultur?min=24&region=09", "ind-brp", [])).toBe("https://x.se/teman/kultur?min=24#ind-brp");
    expect(chartLink("https://x.se/indikatorer/brp?ar=2021&min=24&regioner=09", "ind-brp", ["ar"])).toBe("https://x.se/indikatorer/brp?ar=2021&min=24#ind-brp");
  });
  it("keeps repeated parameters in order, and the English prefix", () => {
    expect(chartLink("https://x.se/en/jamfor?regioner=01&regioner=12&typ=insats", "c", ["regioner"])).toBe(
      "https://x.se/en/jamfor?regioner=01&regioner=12#c",
    );
  });
});
