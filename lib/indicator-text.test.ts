import { describe, expect, it } from "vitest";
import { creditEn } from "./indicator-text";

describe("creditEn", () => {
  it("translates the fixed words and keeps the names", () => {
    expect(creditEn("Källa: SCB (via Regionfakta)")).toBe("Source: SCB (via Regionfakta)");
    expect(creditEn("Källa: SCB; hämtat av Region Dalarna")).toBe("Source: SCB; retrieved by Region Dalarna");
    expect(creditEn("Källa: SCB (via avskrift av SCB-sida och Ekonomifakta)")).toBe("Source: SCB (via transcript of an SCB page and Ekonomifakta)");
  });
});
