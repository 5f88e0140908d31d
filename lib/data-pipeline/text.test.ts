import { describe, expect, it } from "vitest";
import { cleanText, entryId, normaliseTitle, periodLabel, slugify } from "./text";

describe("slugify och entryId", () => {
  it.each([
    ["Vårt Gotland 2040", "vart-gotland-2040"],
    ["RUS för Jönköpings län 2020–2035", "rus-for-jonkopings-lan-2020-2035"],
    ["Smart specialisering – prioriterade områden", "smart-specialisering-prioriterade-omraden"],
    ["Anslag 1:1 Regionala utvecklingsåtgärder 2023", "anslag-1-1-regionala-utvecklingsatgarder-2023"],
    ["  --Ö/Ä//Å--  ", "o-a-a"],
  ])("%s → %s", (s, out) => expect(slugify(s)).toBe(out));
  it("kapar långa slugar vid ett bindestreck", () => {
    const s = slugify("ord ".repeat(60));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it("bygger id av landskod och titel", () => expect(entryId("09", "Vårt Gotland 2040")).toBe("09-vart-gotland-2040"));
});

describe("cleanText och normaliseTitle", () => {
  it("slår ihop blanksteg och hårda mellanslag", () => expect(cleanText("  a \u00a0 b\n")).toBe("a b"));
  it("jämför titlar oberoende av streck och versaler", () =>
    expect(normaliseTitle("Smart specialisering – Prioriterade områden")).toBe(normaliseTitle("smart  specialisering - prioriterade områden")));
});

describe("periodLabel", () => {
  it("enskilt år", () => expect(periodLabel("2021")).toEqual({ period: "2021", year: 2021 }));
  it("femårsperiod med bindestreck får tankstreck och sista året", () => expect(periodLabel("2021-2025")).toEqual({ period: "2021–2025", year: 2025 }));
  it("bakvänd period är ogiltig", () => expect(periodLabel("2025-2021")).toBeNull());
  it("text är ogiltig", () => expect(periodLabel("år 2021")).toBeNull());
});
