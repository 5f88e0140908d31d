import { describe, expect, it } from "vitest";
import { joinList, leadersOf, plural, recordsByRegionSentence, recordsByThemeSentence, recordsWord } from "./text";

/** 21 regions: the given counts first, zeros after. */
const regions = (...counts: [string, number][]) =>
  Array.from({ length: 21 }, (_, i) => (counts[i] ? { label: counts[i][0], count: counts[i][1] } : { label: `Region ${i + 1}`, count: 0 }));

describe("joinList", () => {
  it("joins with och / and, without a serial comma in either", () => {
    expect(joinList(["Stockholm", "Skåne", "Västra Götaland"], "sv")).toBe("Stockholm, Skåne och Västra Götaland");
    expect(joinList(["Stockholm", "Skåne", "Västra Götaland"], "en")).toBe("Stockholm, Skåne and Västra Götaland");
    expect(joinList(["Gotland", "Kalmar"], "sv")).toBe("Gotland och Kalmar");
    expect(joinList(["Gotland"], "en")).toBe("Gotland");
    expect(joinList([], "sv")).toBe("");
  });
});

describe("plural and recordsWord", () => {
  it("singular only for exactly one", () => {
    expect([0, 1, 2].map((n) => plural(n, "tema", "teman"))).toEqual(["teman", "tema", "teman"]);
    expect([1, 5].map((n) => recordsWord(n, "sv"))).toEqual(["post", "poster"]);
    expect([1, 0].map((n) => recordsWord(n, "en"))).toEqual(["record", "records"]);
  });
});

describe("leadersOf", () => {
  it("keeps every row that shares the highest count, in order", () => {
    const rows = [{ k: "a", n: 2 }, { k: "b", n: 5 }, { k: "c", n: 5 }, { k: "d", n: 1 }];
    expect(leadersOf(rows, (r) => r.n)).toEqual({ top: 5, leaders: [rows[1], rows[2]] });
  });
  it("has no leaders when every count is zero or there are no rows", () => {
    expect(leadersOf([{ n: 0 }, { n: 0 }], (r) => r.n)).toEqual({ top: 0, leaders: [] });
    expect(leadersOf([], () => 1)).toEqual({ top: 0, leaders: [] });
  });
});

describe("recordsByRegionSentence (theme page chart)", () => {
  it("one region has the most; the rest without records are counted", () => {
    const rows = regions(["Region Gotland", 5], ["Region Skåne", 2]);
    expect(recordsByRegionSentence("integration", rows, "sv")).toBe("2 av 21 regioner har poster om temat; flest har Region Gotland (5). 19 regioner saknar poster.");
    expect(recordsByRegionSentence("integration", rows, "en")).toBe("2 of 21 regions have records on the theme; Region Gotland has the most (5). 19 regions have none.");
  });
  it("a tie says how many share the most, not the first name", () => {
    const rows = regions(["A", 2], ["B", 2], ["C", 1]);
    expect(recordsByRegionSentence("integration", rows, "sv")).toBe("3 av 21 regioner har poster om temat; 2 regioner har flest (2 var). 18 regioner saknar poster.");
    expect(recordsByRegionSentence("integration", rows, "en")).toBe("3 of 21 regions have records on the theme; 2 regions have the most (2 each). 18 regions have none.");
  });
  it("one region without records, and none without", () => {
    const twenty = regions(...Array.from({ length: 20 }, (_, i) => [`R${i}`, i === 3 ? 4 : 1] as [string, number]));
    expect(recordsByRegionSentence("kultur", twenty, "sv")).toBe("20 av 21 regioner har poster om temat; flest har R3 (4). 1 region saknar poster.");
    expect(recordsByRegionSentence("kultur", twenty, "en")).toBe("20 of 21 regions have records on the theme; R3 has the most (4). 1 region has none.");
    const all = regions(...Array.from({ length: 21 }, (_, i) => [`R${i}`, 1] as [string, number]));
    expect(recordsByRegionSentence("kultur", all, "sv")).toBe("21 av 21 regioner har poster om temat; 21 regioner har flest (1 var).");
    expect(recordsByRegionSentence("kultur", all, "en")).toBe("21 of 21 regions have records on the theme; 21 regions have the most (1 each).");
  });
  it("no region has records", () => {
    expect(recordsByRegionSentence("kultur", regions(), "sv")).toBe("Vi har inga poster om kultur från någon region.");
    expect(recordsByRegionSentence("kultur", regions(), "en")).toBe("We have no records on kultur from any region.");
  });
});

describe("recordsByThemeSentence (region page chart)", () => {
  const themes = (...counts: number[]) => counts.map((count, i) => ({ label: `Tema ${i + 1}`, count }));
  it("one theme has the most (its name in lower case)", () => {
    const rows = themes(3, 7, 0);
    expect(recordsByThemeSentence("Region Gotland", 10, rows, 13, "sv")).toBe("Region Gotland har 10 poster inom 2 av 13 teman; flest inom tema 2 (7).");
    expect(recordsByThemeSentence("Region Gotland", 10, rows, 13, "en")).toBe("Region Gotland has 10 records in 2 of 13 themes; most in tema 2 (7).");
  });
  it("a tie says how many themes share the most", () => {
    const rows = themes(4, 4, 4, 1);
    expect(recordsByThemeSentence("Region Gotland", 13, rows, 13, "sv")).toBe("Region Gotland har 13 poster inom 4 av 13 teman; flest (4 var) inom 3 teman.");
    expect(recordsByThemeSentence("Region Gotland", 13, rows, 13, "en")).toBe("Region Gotland has 13 records in 4 of 13 themes; the most (4 each) in 3 themes.");
  });
  it("no records", () => {
    expect(recordsByThemeSentence("Region Gotland", 0, themes(0, 0), 13, "sv")).toBe("Vi har inga poster för Region Gotland.");
    expect(recordsByThemeSentence("Region Gotland", 0, themes(0, 0), 13, "en")).toBe("We have no records for Region Gotland.");
  });
});
