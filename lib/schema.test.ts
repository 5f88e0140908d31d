import { describe, expect, it } from "vitest";
import { check, datasetSchema, DatasetError, formatPath, parseDataset, type Dataset } from "./schema";

/** A small, valid dataset. Every test clones it and breaks one thing. */
function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  const source = { url: "https://www.regiongotland.se/vart-gotland-2040", title: "Region Gotland: Vårt Gotland 2040", type: "regionens-egen" as const };
  const base: Dataset = {
    meta: { title: "Test", reportYear: 2023, description: "Testdata", licence: "Källa: test", builtAt: "2025-01-01", sources: [source] },
    regions: [
      { code: "09", name: "Gotland", county: "Gotlands län", organisation: "Region Gotland", nameEn: "Gotland County", mapId: "gotland" },
      { code: "25", name: "Norrbotten", county: "Norrbottens län", organisation: "Region Norrbotten", nameEn: "Norrbotten County", mapId: "norrbotten" },
    ],
    themes: [
      { slug: "regionala-utvecklingsstrategier", nameSv: "Regionala utvecklingsstrategier", nameEn: "Regional development strategies", group: "rapportomrade", descriptionSv: "Text.", descriptionEn: "Text." },
      { slug: "innovation-foretagande", nameSv: "Innovation", nameEn: "Innovation", group: "rapportomrade", descriptionSv: "Text.", descriptionEn: "Text." },
    ],
    entries: [
      {
        id: "09-vart-gotland-2040", region: "09", theme: "regionala-utvecklingsstrategier", kind: "strategi", title: "Vårt Gotland 2040",
        summary: "Regionens utvecklingsstrategi.", figures: [{ label: "Antagen", text: "2021", value: 2021, unit: "år" }], year: 2021, period: { kind: "i-kraft", from: 2021, to: 2040 }, source,
      },
      {
        id: "09-smart-specialisering-prioriterade-omraden", region: "09", theme: "innovation-foretagande", kind: "strategi",
        title: "Smart specialisering – prioriterade områden", summary: "Besöksnäring; Livsmedel.", figures: [], year: null, period: { kind: "ar", from: null, to: null }, source,
      },
      {
        id: "00-anslag-1-1", region: "00", theme: "innovation-foretagande", kind: "anslag", title: "Anslag 1:1", summary: "Nationellt.",
        figures: [{ label: "Anslag", text: "över 110", value: 110, qualifier: "över", unit: "MSEK" }], year: 2023, period: { kind: "ar", from: 2023, to: 2023 }, source,
        funding: { measure: "arsbudget", noteSv: "Årsbudget.", noteEn: "Yearly budget." },
      },
    ],
    indicators: [
      {
        id: "brp_per_invanare", nameSv: "BRP per invånare", nameEn: "GRP per inhabitant", shortSv: "BRP per invånare", unit: "tkr", unitEn: "kSEK",
        decimals: 0, direction: "hogre-battre", definitionSv: "Def.", definitionEn: "Def.", themes: ["innovation-foretagande"], source,
        credit: "Källa: SCB", notes: [], fragment: false, seriesBreaks: [],
      },
    ],
    values: [
      { indicator: "brp_per_invanare", region: "09", year: 2021, period: "2021", value: 400, source },
      { indicator: "brp_per_invanare", region: "00", year: 2021, period: "2021", value: 500, source, note: "Riket" },
    ],
    strategies: [{ region: "09", name: "Vårt Gotland 2040", adopted: 2021, horizon: 2040, entryId: "09-vart-gotland-2040", source }],
    smartSpecialisation: [{ region: "09", areas: ["Besöksnäring", "Livsmedel"], entryId: "09-smart-specialisering-prioriterade-omraden", source }],
    gaps: [{ topic: "Tabellbilaga", reasonSv: "Saknas.", reasonEn: "Missing." }],
  };
  return structuredClone({ ...base, ...overrides });
}

/** Run the schema and return the problems (asserting that it failed). */
function problemsOf(d: unknown): string[] {
  const r = check(datasetSchema, d);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

/** Apply a mutation to a fresh valid fixture and return its problems. */
function breakWith(mutate: (d: Dataset & Record<string, unknown>) => void): string[] {
  const d = makeDataset() as Dataset & Record<string, unknown>;
  mutate(d);
  return problemsOf(d);
}

describe("giltig fixtur", () => {
  it("passerar parseDataset", () => {
    const d = parseDataset(makeDataset());
    expect(d.entries).toHaveLength(3);
  });
  it("sätter seriesBreaks till [] när fältet saknas", () => {
    const d = makeDataset();
    delete (d.indicators[0] as Partial<Dataset["indicators"][number]>).seriesBreaks;
    expect(parseDataset(d).indicators[0].seriesBreaks).toEqual([]);
  });
  it("tar emot overrides", () => {
    expect(parseDataset(makeDataset({ gaps: [] })).gaps).toEqual([]);
  });
});

describe("felaktiga datamängder ger exakt svenskt meddelande och sökväg", () => {
  const cases: [string, (d: Dataset & Record<string, unknown>) => void, string][] = [
    ["okänd region i post", (d) => (d.entries[0].region = "99"), 'entries[0].region: okänd region "99"'],
    ["okänt tema i post", (d) => (d.entries[1].theme = "okant-tema"), 'entries[1].theme: okänt tema "okant-tema"'],
    ["dubblett av post-id", (d) => (d.entries[2].id = d.entries[0].id), 'entries[2].id: dubblett av id "09-vart-gotland-2040"'],
    ["år före intervallet", (d) => (d.entries[0].year = 1980), "entries[0].year: året 1980 ligger utanför 1990–2035"],
    ["år efter intervallet", (d) => (d.entries[2].year = 2040), "entries[2].year: året 2040 ligger utanför 1990–2035"],
    ["år som inte är heltal", (d) => (d.entries[0].year = 2021.5), "entries[0].year: år ska vara ett heltal"],
    [
      "javascript:-adress",
      (d) => (d.entries[0].source.url = "javascript:alert(1)"),
      'entries[0].source.url: ogiltig källadress "javascript:alert(1)": bara http(s)-adresser är tillåtna',
    ],
    [
      "ftp-adress",
      (d) => (d.values[0].source.url = "ftp://example.se/fil.csv"),
      'values[0].source.url: ogiltig källadress "ftp://example.se/fil.csv": bara http(s)-adresser är tillåtna',
    ],
    [
      "ftp-adress i meta.sources",
      (d) => (d.meta.sources[0].url = "ftp://example.se"),
      'meta.sources[0].url: ogiltig källadress "ftp://example.se": bara http(s)-adresser är tillåtna',
    ],
    ["tom titel", (d) => (d.entries[0].title = "   "), "entries[0].title: får inte vara tom"],
    ["tom källtitel", (d) => (d.strategies[0].source.title = ""), "strategies[0].source.title: får inte vara tom"],
    [
      "fel typ: år som text",
      (d) => ((d.entries[0] as Record<string, unknown>).year = "2021"),
      "entries[0].year: Ogiltig inmatning: förväntat antal, fick string",
    ],
    [
      "fel typ: figures är inte en lista",
      (d) => ((d.entries[0] as Record<string, unknown>).figures = "2021"),
      "entries[0].figures: Ogiltig inmatning: förväntat lista, fick string",
    ],
    ["NaN som värde", (d) => (d.values[0].value = NaN), "values[0].value: värdet ska vara ett ändligt tal"],
    ["Infinity som värde", (d) => (d.values[1].value = Infinity), "values[1].value: värdet ska vara ett ändligt tal"],
    ["NaN i figur", (d) => (d.entries[0].figures[0].value = NaN), "entries[0].figures[0].value: värdet ska vara ett ändligt tal"],
    ["okänd indikator i värden", (d) => (d.values[0].indicator = "finns_inte"), 'values[0].indicator: okänd indikator "finns_inte"'],
    [
      "dubblett av värde",
      (d) => d.values.push({ ...d.values[0], value: 401 }),
      "values[2]: dubblett: brp_per_invanare för 09 2021 finns redan i values[0]",
    ],
    ["okänd region i värden", (d) => (d.values[0].region = "02"), 'values[0].region: okänd region "02"'],
    ["värdets år utanför intervallet", (d) => (d.values[0].year = 1900), "values[0].year: året 1900 ligger utanför 1990–2035"],
    ["felaktig slug i tema", (d) => (d.themes[0].slug = "Regionala strategier"), "themes[0].slug: ska vara en slug med gemener, siffror och bindestreck"],
    ["felaktig slug i post-id", (d) => (d.entries[0].id = "09_Vart--gotland"), "entries[0].id: ska vara en slug med gemener, siffror och bindestreck"],
    [
      "saknat fält",
      (d) => delete (d.entries[0] as Partial<Dataset["entries"][number]>).summary,
      "entries[0].summary: Ogiltig inmatning: förväntat string, fick undefined",
    ],
    ["extra fält", (d) => ((d.entries[0] as Record<string, unknown>).extra = 1), 'entries[0]: Okänd nyckel: "extra"'],
    ["extra fält på toppnivå", (d) => (d.extra = []), 'Okänd nyckel: "extra"'],
    ["felaktig landskod", (d) => (d.regions[0].code = "9"), 'regions[0].code: landskod ska vara två siffror, t.ex. "09"'],
    ["okänd landskod", (d) => (d.regions[1].code = "02"), 'regions[1].code: okänd landskod "02"'],
    ["dubblett av landskod", (d) => (d.regions[1].code = "09"), 'regions[1].code: dubblett av landskod "09"'],
    ["strategi pekar på okänd post", (d) => (d.strategies[0].entryId = "09-finns-inte"), 'strategies[0].entryId: okänd post "09-finns-inte"'],
    ["strategi för okänd region", (d) => (d.strategies[0].region = "00"), 'strategies[0].region: okänd region "00"'],
    [
      "två strategier för samma region",
      (d) => d.strategies.push({ ...d.strategies[0] }),
      'strategies[1].region: region "09" har redan en strategi',
    ],
    [
      "smart specialisering pekar på okänd post",
      (d) => (d.smartSpecialisation[0].entryId = "09-nej"),
      'smartSpecialisation[0].entryId: okänd post "09-nej"',
    ],
    ["okänt tema i indikator", (d) => (d.indicators[0].themes = ["x"]), 'indicators[0].themes[0]: okänt tema "x"'],
    ["felaktigt indikator-id", (d) => (d.indicators[0].id = "BRP-per"), "indicators[0].id: indikator-id ska bestå av gemener, siffror och understreck"],
    ["dubblett av tema", (d) => (d.themes[1].slug = d.themes[0].slug), 'themes[1].slug: dubblett av tema "regionala-utvecklingsstrategier"'],
    ["okänd typ av post", (d) => ((d.entries[0] as Record<string, unknown>).kind = "projekt"), 'entries[0].kind: Ogiltigt val: förväntade en av "insats"|"resultat"|"strategi"|"anslag"|"slutsats"'],
    ["decimaler utanför 0–3", (d) => (d.indicators[0].decimals = 4), "indicators[0].decimals: För stor(t): förväntat number att ha <=3"],
  ];

  it.each(cases)("%s", (_name, mutate, expected) => {
    expect(breakWith(mutate)).toContain(expected);
  });

  it("har minst 20 fall", () => expect(cases.length).toBeGreaterThanOrEqual(20));
});

describe("parseDataset och check", () => {
  it("parseDataset kastar DatasetError med alla problem", () => {
    const d = makeDataset();
    d.entries[0].region = "99";
    d.entries[1].theme = "nej";
    try {
      parseDataset(d);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      expect((e as DatasetError).problems).toEqual(['entries[0].region: okänd region "99"', 'entries[1].theme: okänt tema "nej"']);
      expect((e as Error).message).toContain("Ogiltig datamängd (2 fel)");
    }
  });
  it("check lägger till prefix i sökvägen", () => {
    const r = check(datasetSchema, { ...makeDataset(), regions: "x" }, "fil.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^fil\.json\.regions: /);
  });
  it("formatPath skriver index med hakparenteser", () => {
    expect(formatPath(["entries", 41, "region"])).toBe("entries[41].region");
    expect(formatPath([0, "a"])).toBe("[0].a");
  });
});
