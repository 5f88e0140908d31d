import { describe, expect, it } from "vitest";
import {
  areaKeywords, areaLabelIsOwn, compareHref, compareIndicators, normaliseArea, parseCompareRegions, parseHeatmapView, regionsWithoutAreas,
  sharedAreas, sortCoverage, themeSpread, uniqueAreas, MAX_COMPARE,
} from "./compare";
import { coverageMatrix } from "./records";
import { REGION_CODES, type Entry, type Indicator, type IndicatorValue } from "../schema";

const known = REGION_CODES;

describe("parseCompareRegions", () => {
  it("reads the comma form", () => {
    const s = parseCompareRegions({ regioner: "01,12,14" }, known);
    expect(s).toMatchObject({ codes: ["01", "12", "14"], ok: true, given: true, repeated: false, unknown: [], overflow: [] });
  });
  it("reads the repeated form a GET form produces, from a record and from URLSearchParams", () => {
    expect(parseCompareRegions({ regioner: ["01", "12"] }, known)).toMatchObject({ codes: ["01", "12"], ok: true, repeated: true });
    const usp = new URLSearchParams("regioner=01&regioner=12&regioner=14");
    expect(parseCompareRegions(usp, known)).toMatchObject({ codes: ["01", "12", "14"], ok: true, repeated: true });
  });
  it("accepts a mixture of both forms and stray spaces", () => {
    expect(parseCompareRegions({ regioner: ["01, 12", "14"] }, known).codes).toEqual(["01", "12", "14"]);
  });
  it("dedupes and keeps the order given", () => {
    expect(parseCompareRegions({ regioner: "14,01,14,01" }, known).codes).toEqual(["14", "01"]);
  });
  it("keeps valid codes only and reports the rest", () => {
    const s = parseCompareRegions({ regioner: "99,xx,01,00,xx" }, known);
    expect(s.codes).toEqual(["01"]);
    expect(s.unknown).toEqual(["99", "xx", "00"]);
    expect(s.ok).toBe(false);
  });
  it(`keeps at most ${MAX_COMPARE} and reports the overflow`, () => {
    const s = parseCompareRegions({ regioner: "01,03,04,05,06,05,07" }, known);
    expect(s.codes).toEqual(["01", "03", "04", "05"]);
    expect(s.overflow).toEqual(["06", "07"]);
    expect(s.ok).toBe(true);
  });
  it("fewer than two is not ok, and never throws", () => {
    expect(parseCompareRegions({}, known)).toMatchObject({ codes: [], ok: false, given: false });
    expect(parseCompareRegions({ regioner: "" }, known)).toMatchObject({ codes: [], ok: false, given: true });
    expect(parseCompareRegions({ regioner: "01" }, known)).toMatchObject({ codes: ["01"], ok: false });
    expect(parseCompareRegions({ regioner: [] }, known)).toMatchObject({ codes: [], ok: false, given: false });
    expect(parseCompareRegions(new URLSearchParams(""), known).ok).toBe(false);
  });
  it("cuts very long junk when reporting it", () => {
    const s = parseCompareRegions({ regioner: "x".repeat(500) }, known);
    expect(s.unknown[0]).toHaveLength(20);
  });
});

describe("parseHeatmapView and compareHref", () => {
  const themes = ["integration", "jamstalldhet"];
  it("parses kind and sort with defaults", () => {
    expect(parseHeatmapView({}, themes)).toEqual({ typ: null, sortera: "region" });
    expect(parseHeatmapView({ typ: "insats", sortera: "antal" }, themes)).toEqual({ typ: "insats", sortera: "antal" });
    expect(parseHeatmapView({ typ: "alla", sortera: "integration" }, themes)).toEqual({ typ: null, sortera: "integration" });
    expect(parseHeatmapView({ typ: "x", sortera: "okänt" }, themes)).toEqual({ typ: null, sortera: "region" });
    expect(parseHeatmapView({ typ: ["resultat", "insats"] }, themes).typ).toBe("resultat");
  });
  it("serialises in the comma form, defaults omitted", () => {
    expect(compareHref(["01", "12"])).toBe("/jamfor?regioner=01,12");
    expect(compareHref([])).toBe("/jamfor");
    expect(compareHref(["01", "12"], { typ: "insats", sortera: "integration" }, "#tackning"))
      .toBe("/jamfor?regioner=01,12&typ=insats&sortera=integration#tackning");
    expect(compareHref([], { typ: null, sortera: "antal" })).toBe("/jamfor?sortera=antal");
  });
});

let n = 0;
function entry(over: Partial<Entry> = {}): Entry {
  n++;
  return {
    id: `e-${n}`, region: "09", theme: "integration", kind: "insats", title: `Post ${n}`, summary: "S",
    figures: [], year: 2023, period: { kind: "ar" as const, from: 2023, to: 2023 }, source: { url: "https://example.se/", title: "Källa", type: "regionens-egen" as const }, ...over,
  };
}

describe("sortCoverage", () => {
  const regions = [
    { code: "01", name: "Stockholm" }, { code: "09", name: "Gotland" }, { code: "25", name: "Norrbotten" },
    { code: "21", name: "Gävleborg" }, { code: "22", name: "Västernorrland" }, { code: "18", name: "Örebro" },
  ];
  const themes = [{ slug: "integration" }, { slug: "jamstalldhet" }];
  const slugs = themes.map((t) => t.slug);
  const cov = coverageMatrix(
    [
      entry({ region: "01" }), entry({ region: "01", theme: "jamstalldhet" }), entry({ region: "01", theme: "jamstalldhet" }),
      entry({ region: "09" }), entry({ region: "09" }),
      entry({ region: "25", theme: "jamstalldhet" }),
      entry({ region: "18" }),
    ],
    regions, themes,
  );
  const order = (c: typeof cov) => c.rows.map((r) => r.label);
  it("by region name in Swedish order (Ä after Z, Ö last)", () => {
    expect(order(sortCoverage(cov, "region", slugs))).toEqual(["Gotland", "Gävleborg", "Norrbotten", "Stockholm", "Västernorrland", "Örebro"]);
  });
  it("by total, most first, ties by name", () => {
    expect(order(sortCoverage(cov, "antal", slugs))).toEqual(["Stockholm", "Gotland", "Norrbotten", "Örebro", "Gävleborg", "Västernorrland"]);
  });
  it("by a theme's count, most first, ties by total then name", () => {
    expect(order(sortCoverage(cov, "integration", slugs))).toEqual(["Gotland", "Stockholm", "Örebro", "Norrbotten", "Gävleborg", "Västernorrland"]);
    expect(order(sortCoverage(cov, "jamstalldhet", slugs)).slice(0, 2)).toEqual(["Stockholm", "Norrbotten"]);
  });
  it("falls back to name for an unknown key and does not change its input", () => {
    const before = order(cov);
    expect(order(sortCoverage(cov, "okänt", slugs))[0]).toBe("Gotland");
    expect(order(cov)).toEqual(before);
    expect(sortCoverage(cov, "antal", slugs).total).toBe(cov.total);
  });
});

describe("themeSpread", () => {
  it("finds themes all chosen regions have and themes none has", () => {
    const themes = [{ slug: "a" }, { slug: "b" }, { slug: "c" }];
    const cov = coverageMatrix(
      [entry({ region: "01", theme: "a" }), entry({ region: "09", theme: "a" }), entry({ region: "09", theme: "b" })],
      [{ code: "01", name: "Stockholm" }, { code: "09", name: "Gotland" }], themes,
    );
    expect(themeSpread(cov.rows, ["a", "b", "c"])).toEqual({ all: ["a"], none: ["c"] });
    expect(themeSpread([], ["a"])).toEqual({ all: [], none: ["a"] });
  });
});

describe("compareIndicators", () => {
  const src = (t: string) => ({ url: `https://example.se/${t}`, title: t, type: "officiell-statistik" as const });
  const ind = (id: string, fragment = false): Indicator => ({
    id, nameSv: id, nameEn: id, shortSv: id, unit: "procent", unitEn: "percent", decimals: 1, direction: "neutral",
    definitionSv: "d", definitionEn: "d", themes: [], source: src("ind"), credit: "SCB", notes: [], fragment, seriesBreaks: [],
  });
  const v = (indicator: string, region: string, value: number, period = "2022"): IndicatorValue => ({
    indicator, region, year: Number(period), period, value, source: src(`v-${period}`),
  });
  const regions = [{ code: "01", name: "Stockholm" }, { code: "09", name: "Gotland" }, { code: "12", name: "Skåne" }];
  const values = [
    v("a", "01", 5), v("a", "09", 7), v("a", "12", 7), v("a", "00", 6),
    v("a", "01", 1, "2023"), // a lone newer fragment does not win the default period
    v("f", "01", 1),
  ];
  it("gives value and rank among all regions for the chosen ones, plus Riket; skips fragments", () => {
    const rows = compareIndicators(["12", "01"], [ind("a"), ind("f", true), ind("empty")], values, regions);
    expect(rows).toHaveLength(1);
    expect(rows[0].period).toBe("2022");
    expect(rows[0].of).toBe(3);
    expect(rows[0].cells.map((c) => [c.code, c.value, c.rank])).toEqual([["12", 7, 1], ["01", 5, 3]]);
    expect(rows[0].riket?.value).toBe(6);
    expect(rows[0].sources.map((s) => s.title)).toEqual(["v-2022"]);
  });
  it("marks a missing value as null, and falls back to the indicator's source", () => {
    const rows = compareIndicators(["09", "01"], [ind("b")], [v("b", "01", 3)], regions);
    expect(rows[0].cells[0]).toMatchObject({ code: "09", value: null, rank: null });
    // Neither the chosen region nor Riket has a value: point to the indicator's own source.
    const none = compareIndicators(["09"], [ind("b")], [v("b", "12", 3)], regions);
    expect(none[0].cells[0].value).toBeNull();
    expect(none[0].sources.map((s) => s.title)).toEqual(["ind"]);
  });
});

describe("sharedAreas", () => {
  it("groups identical areas by normalised text", () => {
    const g = sharedAreas([
      { region: "09", areas: ["Tjänstedesign "] },
      { region: "06", areas: ["tjänstedesign"] },
      { region: "01", areas: ["Något annat"] },
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ key: "text:tjänstedesign", exact: true, label: "Tjänstedesign" });
    expect(g[0].regions.map((r) => r.region)).toEqual(["09", "06"]);
  });
  it("flags close matches that share a key word, with the areas as written", () => {
    const g = sharedAreas([
      { region: "09", areas: ["Besöksnäring", "Livsmedel"] },
      { region: "12", areas: ["Livsmedel", "Life science och hälsa"] },
      { region: "17", areas: ["Livsmedel i hållbara samspel", "Digital hälsoinnovation"] },
      { region: "25", areas: ["Besöksnäring (utvecklingsområde)"] },
    ]);
    const livs = g.find((x) => x.key === "livsmedel")!;
    expect(livs.exact).toBe(false);
    expect(livs.regions).toEqual([
      { region: "09", areas: ["Livsmedel"] }, { region: "12", areas: ["Livsmedel"] }, { region: "17", areas: ["Livsmedel i hållbara samspel"] },
    ]);
    // "Livsmedel" in 09 and 12 is identical text, but the keyword group already covers it: not listed twice.
    expect(g.filter((x) => x.label.toLowerCase() === "livsmedel")).toHaveLength(1);
    expect(g.find((x) => x.key === "besoksnaring")!.regions.map((r) => r.region)).toEqual(["09", "25"]);
    expect(g.find((x) => x.key === "halsa")!.regions.map((r) => r.region)).toEqual(["12", "17"]);
    expect(g[0].key).toBe("livsmedel"); // most regions first
  });
  it("calls a keyword group exact when everyone wrote the same", () => {
    const g = sharedAreas([{ region: "09", areas: ["Besöksnäring"] }, { region: "13", areas: ["besöksnäring"] }]);
    expect(g).toEqual([{ key: "besoksnaring", label: "Besöksnäring", exact: true, regions: [
      { region: "09", areas: ["Besöksnäring"] }, { region: "13", areas: ["besöksnäring"] },
    ] }]);
  });
  it("needs two different regions, and ignores a region repeating itself", () => {
    expect(sharedAreas([{ region: "09", areas: ["Livsmedel", "Livsmedelsförädling", "livsmedel"] }])).toEqual([]);
    expect(sharedAreas([{ region: "09", areas: ["Livsmedel"] }, { region: "09", areas: ["Livsmedel"] }])).toEqual([]);
    expect(sharedAreas([])).toEqual([]);
  });
  it("matches key words at word starts only; short words must stand alone", () => {
    expect(areaKeywords("IT")).toEqual(["digitalisering"]);
    expect(areaKeywords("Digitalisering")).toEqual(["digitalisering"]);
    expect(areaKeywords("Kvalitet och identitet")).toEqual([]);
    expect(areaKeywords("Skoglig bioekonomi")).toEqual(["skog", "bioekonomi"]);
    expect(areaKeywords("Digital hälsoinnovation")).toEqual(["halsa", "digitalisering"]);
    expect(areaKeywords("Hållbar energi")).toEqual(["energi"]);
    expect(areaKeywords("Grön kemi")).toEqual([]);
  });
  it("normalises case, spaces and a trailing full stop", () => {
    expect(normaliseArea("  Life   Science. ")).toBe("life science");
  });
  it("labels key-word groups in English on request, keeps the areas as written, and sorts by the English label", () => {
    const lists = [
      { region: "09", areas: ["Besöksnäring", "Livsmedel", "Tjänstedesign"] },
      { region: "12", areas: ["Livsmedel", "Hälsa"] },
      { region: "13", areas: ["besöksnäring", "Tjänstedesign"] },
      { region: "17", areas: ["Digital hälsoinnovation"] },
    ];
    const en = sharedAreas(lists, "en");
    // Two regions each, so in English alphabetical order of the labels (Swedish: Besöksnäring, Hälsa, Livsmedel, …).
    expect(en.map((g) => [g.key, g.label])).toEqual([
      ["livsmedel", "Food"], ["halsa", "Health"], ["text:tjänstedesign", "Tjänstedesign"], ["besoksnaring", "Tourism"],
    ]);
    expect(en.find((g) => g.key === "livsmedel")!.regions).toEqual([
      { region: "09", areas: ["Livsmedel"] }, { region: "12", areas: ["Livsmedel"] },
    ]);
    // Same groups, members and flags in both languages; only the key-word labels differ.
    const sv = sharedAreas(lists);
    expect(sv.map((g) => g.label)).toEqual(["Besöksnäring", "Hälsa", "Livsmedel", "Tjänstedesign"]);
    expect(sv.map((g) => g.key).sort()).toEqual(en.map((g) => g.key).sort());
    expect(sv.find((g) => g.key === "besoksnaring")).toMatchObject({ label: "Besöksnäring", exact: true });
    expect(en.find((g) => g.key === "besoksnaring")).toMatchObject({ label: "Tourism", exact: true });
    expect(sharedAreas(lists, "sv")).toEqual(sv);
  });
  it("tells our own group labels from areas as a region wrote them", () => {
    const g = sharedAreas([{ region: "09", areas: ["Livsmedel", "Rymden"] }, { region: "13", areas: ["Livsmedel", "rymden"] }], "en");
    expect(g.map((x) => [x.label, areaLabelIsOwn(x)])).toEqual([["Food", true], ["Rymden", false]]);
  });
  it("uniqueAreas and regionsWithoutAreas", () => {
    const lists = [{ region: "09", areas: ["Besöksnäring", "Rymden"] }, { region: "13", areas: ["Besöksnäring"] }, { region: "03", areas: [] }];
    const shared = sharedAreas(lists);
    expect(uniqueAreas(lists, shared)).toEqual([{ region: "09", areas: ["Rymden"] }, { region: "13", areas: [] }, { region: "03", areas: [] }]);
    expect(regionsWithoutAreas(["09", "03", "14"], lists)).toEqual(["03", "14"]);
  });
});
