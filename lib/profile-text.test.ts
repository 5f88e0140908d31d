import { describe, expect, it } from "vitest";
import { changeText, comparisonText, directionText, rankText, standingSentence, valueWithUnit } from "./profile-text";

describe("rankText", () => {
  it("says highest and lowest at the ends, in both languages", () => {
    expect(rankText(21, 21, "lowest", "sv")).toBe("rang 21 av 21, lägst");
    expect(rankText(1, 21, "highest", "en")).toBe("rank 1 of 21, highest");
    expect(rankText(5, 21, null, "sv")).toBe("rang 5 av 21");
  });
});

describe("changeText", () => {
  it("signs the change and says percentage points for percentages", () => {
    expect(changeText(0.84, 1, "procent", "2020", "sv")).toBe("+0,8 procentenheter sedan 2020");
    expect(changeText(-1234, 0, "invånare", "2014", "sv")).toBe("\u22121\u00a0234 sedan 2014");
    expect(changeText(0.84, 1, "procent av arbetskraften", "2020", "en")).toBe("+0.8 percentage points since 2020");
  });
  it("calls a change that rounds to zero unchanged", () => {
    expect(changeText(0.01, 1, "procent", "2019", "sv")).toBe("oförändrat sedan 2019");
    expect(changeText(-0.01, 1, "år", "2019", "en")).toBe("unchanged since 2019");
  });
});

describe("comparison and direction words", () => {
  it("has no words for a missing comparison", () => {
    expect(comparisonText(null, "sv")).toBeNull();
    expect(comparisonText("better", "sv")).toBe("bättre än riket");
    expect(comparisonText("worse", "en")).toBe("worse than Sweden");
    expect(directionText("lagre-battre", "sv")).toBe("lägre är bättre");
    expect(directionText("neutral", "en")).toBe("neither high nor low is better");
  });
});

describe("standingSentence", () => {
  it("reads as the card's description says it", () => {
    expect(standingSentence("Västerbotten", 3.3, "procent av arbetskraften", 1, 21, 21, "lowest", "sv")).toBe("Västerbotten: 3,3\u00a0% (rang 21 av 21, lägst)");
    expect(standingSentence("Västerbotten", 3.3, "procent av arbetskraften", 1, 21, 21, "lowest", "en")).toBe("Västerbotten: 3.3% (rank 21 of 21, lowest)");
  });
});

describe("valueWithUnit", () => {
  it("writes short units after values that are not percentages", () => {
    expect(valueWithUnit(213, "tusen kronor per invånare (löpande priser)", 0, "sv")).toBe("213\u00a0tkr");
    expect(valueWithUnit(84.41, "år", 2, "en")).toBe("84.41\u00a0years");
    expect(valueWithUnit(3.3, "procent", 1, "sv")).toBe("3,3\u00a0%");
    expect(valueWithUnit(281138, "invånare", 0, "sv")).toBe("281\u00a0138");
  });
});
