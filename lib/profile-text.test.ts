import { describe, expect, it } from "vitest";
import { changeText, comparisonText, directionText, groupVerdict, rankText, standingSentence, valueWithUnit } from "./profile-text";

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
    expect(valueWithUnit(154466, "miljoner kronor (löpande priser)", 0, "sv")).toBe("154\u00a0466\u00a0mnkr");
    expect(valueWithUnit(149.4, "tusen personer", 1, "sv")).toBe("149,4\u00a0tusen");
    expect(valueWithUnit(5.2, "ton koldioxidekvivalenter per invånare", 1, "en")).toBe("5.2\u00a0t CO₂e per cap.");
    expect(valueWithUnit(512, "bilar per 1 000 invånare", 0, "sv")).toBe("512\u00a0per 1\u00a0000 inv.");
  });
});

describe("groupVerdict", () => {
  it("counts better, worse and same, in sv and en", () => {
    expect(groupVerdict(["better", "worse", "worse", null], "sv")).toBe("4 indikatorer: 1 bättre än riket, 2 sämre");
    expect(groupVerdict(["better", "worse", "worse", null], "en")).toBe("4 indicators: 1 better than Sweden, 2 worse");
    expect(groupVerdict(["same"], "sv")).toBe("1 indikator: 1 samma");
  });
  it("says when nothing was compared with Riket", () => {
    expect(groupVerdict([null, null], "sv")).toBe("2 indikatorer: utan jämförelse med riket");
    expect(groupVerdict([null], "en")).toBe("1 indicator: no comparison with Sweden");
  });
});
