import { describe, expect, it } from "vitest";
import { parseDataset } from "../schema";
import { buildDataset, parseSmartAreas, strategyYears, type BuildInput, type RawActivity, vintageMismatch } from "./normalize";
import { parseFigure } from "./figures";

const URL_A = "https://example.se/a";

function activity(over: Partial<RawActivity> = {}): RawActivity {
  return {
    region: "Region Gotland", theme: "Regionala utvecklingsstrategier", kind: "strategi", title: "Vårt Gotland 2040",
    summary: "Strategin.", figures: [{ label: "Antagen", value: "2021", unit: "år" }], year: 2021, sourceUrl: URL_A, sourceTitle: "Region Gotland: RUS",
    ...over,
  };
}

function row(over: Record<string, string> = {}): Record<string, string> {
  return {
    indicator_id: "folkmangd", indicator_name_sv: "Folkmängd", unit: "antal invånare", region_code: "09", region_name: "Gotlands län",
    year: "2023", value: "61000", source_url: URL_A, source_note: "SCB", ...over,
  };
}

/** Minimal valid build input: one region (Gotland), so "all regions" = 1. */
function makeInput(over: { activities?: unknown[]; rows?: Record<string, string>[][] } = {}): BuildInput {
  return {
    activities: [{ file: "a.json", records: over.activities ?? [activity(), activity({ theme: "Innovation", kind: "strategi", title: "Smart specialisering – prioriterade områden", summary: "Regionens prioriterade områden för smart specialisering: Besöksnäring; Livsmedel.", figures: [{ label: "Antal områden", value: "2", unit: "st" }], year: null })] }],
    indicatorFiles: (over.rows ?? [[row()]]).map((rows, i) => ({ file: `i${i}.csv`, rows })),
    mapIds: [{ svg_id: "gotland", svg_name: "Gotland", region_code: "09", region_name: "Gotlands län" }],
    svgIds: ["gotland"],
    meta: {
      meta: { title: "T", reportYear: 2023, description: "D", licence: "L", builtAt: "2025-01-01" },
      regions: [{ code: "09", name: "Gotland", county: "Gotlands län", organisation: "Region Gotland", nameEn: "Gotland County" }],
      regionNames: { "Alla regioner": "00", "Region Gotland": "09" },
      themes: [
        { slug: "regionala-utvecklingsstrategier", nameSv: "RUS", nameEn: "RDS", group: "rapportomrade", descriptionSv: "x", descriptionEn: "x", sourceNames: ["Regionala utvecklingsstrategier"] },
        { slug: "innovation-foretagande", nameSv: "I", nameEn: "I", group: "rapportomrade", descriptionSv: "x", descriptionEn: "x", sourceNames: ["Innovation"] },
        { slug: "samverkan", nameSv: "S", nameEn: "C", group: "genomgaende", descriptionSv: "x", descriptionEn: "x", sourceNames: [] },
      ],
      themeMap: { sourceTheme: "Kombinerat", byTitle: { "Forum": { theme: "samverkan", reason: "r" } } },
      actors: { byTitle: { "Länsstyrelsens strategi": { actor: "Länsstyrelsen i Gotlands län", reason: "r" } } },
      strategies: { "09": "09-vart-gotland-2040" },
      indicators: [
        {
          id: "folkmangd", nameSv: "Folkmängd", nameEn: "Population", shortSv: "Folkmängd", unit: "invånare", unitEn: "inhabitants", decimals: 0,
          direction: "neutral", definitionSv: "d", definitionEn: "d", themes: [], source: { url: URL_A, title: "SCB" }, credit: "Källa: SCB", notes: [],
          sourceUnits: ["antal invånare", "invånare"], valueNotes: [{ when: "spegel", note: "Via spegelsida." }],
        },
      ],
      sourceTitles: { [URL_A]: "Källa A" },
      gaps: [],
    },
  };
}

describe("buildDataset", () => {
  it("bygger en giltig datamängd av minimal indata", () => {
    const { dataset, problems } = buildDataset(makeInput());
    expect(problems).toEqual([]);
    const d = parseDataset(dataset);
    expect(d.entries.map((e) => e.id)).toEqual(["09-vart-gotland-2040", "09-smart-specialisering-prioriterade-omraden"]);
    expect(d.regions[0].mapId).toBe("gotland");
    expect(d.strategies).toEqual([{ region: "09", name: "Vårt Gotland 2040", adopted: 2021, horizon: 2040, entryId: "09-vart-gotland-2040", source: { url: URL_A, title: "Region Gotland: RUS", type: "tredje-part" } }]);
    expect(d.entries[0].period).toEqual({ kind: "i-kraft", from: 2021, to: 2040 });
    expect(d.smartSpecialisation[0].areas).toEqual(["Besöksnäring", "Livsmedel"]);
    expect(d.values[0]).toEqual({ indicator: "folkmangd", region: "09", year: 2023, period: "2023", value: 61000, source: { url: URL_A, title: "Källa A", type: "officiell-statistik" } });
    expect(d.meta.sources).toEqual([
      { url: URL_A, title: "Region Gotland: RUS", type: "tredje-part" },
      { url: URL_A, title: "SCB", type: "officiell-statistik" },
      { url: URL_A, title: "Källa A", type: "officiell-statistik" },
    ]);
  });

  it("okänd region stoppar bygget med index och värde", () => {
    const { problems } = buildDataset(makeInput({ activities: [activity(), activity({ region: "Region Atlantis", title: "X" })] }));
    expect(problems).toContain('a.json[1].region: okänd region "Region Atlantis" (lägg till den i data/meta/region-names.json)');
  });

  it("'Alla regioner' blir 00", () => {
    const { dataset } = buildDataset(makeInput({ activities: [activity(), activity({ region: "Alla regioner", title: "Nationellt" })] }));
    expect(dataset.entries[1]).toMatchObject({ id: "00-nationellt", region: "00" });
  });

  it("kombinerat tema mappas per titel och omappad titel stoppar bygget", () => {
    const ok = buildDataset(makeInput({ activities: [activity(), activity({ theme: "Kombinerat", title: "Forum", kind: "insats" })] }));
    expect(ok.dataset.entries[1].theme).toBe("samverkan");
    const bad = buildDataset(makeInput({ activities: [activity(), activity({ theme: "Kombinerat", title: "Okänd titel", kind: "insats" })] }));
    expect(bad.problems).toContain('a.json[1].theme: posten "Okänd titel" har det kombinerade temat men saknas i data/meta/theme-map.json');
  });

  it("okänt tema och okänd typ stoppar bygget", () => {
    const { problems } = buildDataset(makeInput({ activities: [activity(), activity({ theme: "Nytt tema", kind: "projekt", title: "Y" })] }));
    expect(problems).toEqual(['a.json[1].theme: okänt tema "Nytt tema"', 'a.json[1].kind: okänd typ "projekt"']);
  });

  it("länsstyrelsen: granskad post får actor, ogranskad stoppar bygget", () => {
    const ok = buildDataset(makeInput({ activities: [activity(), activity({ title: "Länsstyrelsens strategi", summary: "Länsstyrelsen tog fram den.", kind: "insats" })] }));
    expect(ok.dataset.entries[1].actor).toBe("Länsstyrelsen i Gotlands län");
    const bad = buildDataset(makeInput({ activities: [activity(), activity({ title: "Annat", sourceTitle: "Länsstyrelsen Gotland: sida", kind: "insats" })] }));
    expect(bad.problems).toContain('a.json[1]: "Annat" nämner länsstyrelsen men är inte granskad i data/meta/actors.json');
  });

  it("tar bort dubbletter med samma region, titel och källa och rapporterar dem", () => {
    const { dataset, report, problems } = buildDataset(makeInput({ activities: [activity(), activity({ title: "  vårt gotland 2040 " })] }));
    expect(problems).toEqual([]);
    expect(dataset.entries).toHaveLength(1);
    expect(report).toContain("poster: 1 (1 dubbletter borttagna)");
  });

  it("samma titel men annan källa ger id-krock", () => {
    const { problems } = buildDataset(makeInput({ activities: [activity(), activity({ sourceUrl: "https://example.se/b" })] }));
    expect(problems[0]).toMatch(/^a\.json\[1\]: id "09-vart-gotland-2040" krockar med a\.json\[0\]/);
  });

  it("felaktig post i källfilen ger sökväg med filnamn", () => {
    const { problems } = buildDataset(makeInput({ activities: [activity(), { ...activity(), year: "2021" }] }));
    expect(problems).toEqual(["a.json[1].year: Ogiltig inmatning: förväntat antal, fick string"]);
  });

  it("saknad strategi för en region stoppar bygget", () => {
    const input = makeInput();
    input.meta.strategies = {};
    expect(buildDataset(input).problems).toContain("strategies.json: region 09 (Gotland) saknar vald strategi");
  });

  it("normaliserar enheter och perioder och lägger på korta noter", () => {
    const { dataset, problems } = buildDataset(
      makeInput({ rows: [[row(), row({ unit: "invånare", year: "2021-2025", source_note: "från spegelsida" })]] }),
    );
    expect(problems).toEqual([]);
    expect(dataset.values[1]).toMatchObject({ period: "2021–2025", year: 2025, note: "Via spegelsida." });
  });

  it("okänd enhet, indikator, landskod, period, värde och källadress stoppar bygget", () => {
    const { problems } = buildDataset(
      makeInput({
        rows: [[
          row({ unit: "personer" }),
          row({ indicator_id: "okand" }),
          row({ region_code: "02" }),
          row({ year: "2023/24" }),
          row({ value: "1,5" }),
          row({ source_url: "https://example.se/ny" }),
        ]],
      }),
    );
    expect(problems).toEqual([
      'i0.csv rad 2: enheten "personer" för folkmangd finns inte i sourceUnits (antal invånare | invånare)',
      'i0.csv rad 3: okänd indikator "okand" (lägg till den i data/meta/indicators.json)',
      'i0.csv rad 4: okänd landskod "02"',
      'i0.csv rad 5: ogiltigt år/period "2023/24"',
      'i0.csv rad 6: värdet "1,5" är inte ett tal med decimalpunkt',
      "i0.csv rad 7: källadressen https://example.se/ny saknar titel i data/meta/source-titles.json",
    ]);
  });

  it("motstridiga värden mellan filer stoppar bygget; identiska slås ihop", () => {
    const conflict = buildDataset(makeInput({ rows: [[row()], [row({ value: "62000" })]] }));
    expect(conflict.problems).toEqual([
      "i1.csv rad 2: motstridigt värde för folkmangd 09 2023: 62000 mot 61000 i i0.csv rad 2 – lös det med en dokumenterad regel, välj inte tyst",
    ]);
    const same = buildDataset(makeInput({ rows: [[row()], [row()]] }));
    expect(same.problems).toEqual([]);
    expect(same.dataset.values).toHaveLength(1);
  });

  it("olika år i olika filer är inte en konflikt", () => {
    const { dataset, problems } = buildDataset(makeInput({ rows: [[row()], [row({ year: "2024", unit: "invånare" })]] }));
    expect(problems).toEqual([]);
    expect(dataset.values.map((v) => v.period)).toEqual(["2023", "2024"]);
  });

  it("fragment: alla rader FRAGMENT eller inget år med alla län", () => {
    expect(buildDataset(makeInput()).dataset.indicators[0].fragment).toBe(false);
    expect(buildDataset(makeInput({ rows: [[row({ source_note: "FRAGMENT: bara ett län" })]] })).dataset.indicators[0].fragment).toBe(true);
    expect(buildDataset(makeInput({ rows: [[row({ region_code: "00" })]] })).dataset.indicators[0].fragment).toBe(true);
  });

  it("antal områden som inte stämmer med listan stoppar bygget", () => {
    const { problems } = buildDataset(
      makeInput({ activities: [activity(), activity({ title: "Smart specialisering – prioriterade områden", summary: "prioriterade områden för smart specialisering: A; B.", figures: [{ label: "Antal områden", value: "3", unit: "st" }] })] }),
    );
    expect(problems[0]).toMatch(/2 områden i texten men figuren "Antal områden" säger 3/);
  });

  it("region utan smart specialisering blir en lucka", () => {
    const { dataset } = buildDataset(makeInput({ activities: [activity()] }));
    expect(dataset.smartSpecialisation).toEqual([]);
    expect(dataset.gaps[0].topic).toBe("Smart specialisering: prioriterade områden saknas för Gotlands län");
  });
});

describe("strategyYears", () => {
  const e = (title: string, figs: [string, string, string][]) => ({ title, figures: figs.map(([label, value, unit]) => parseFigure({ label, value, unit })) });
  it("Antagen + år i namnet", () => expect(strategyYears(e("Vårt Gotland 2040", [["Antagen", "2021", "år"]]))).toEqual({ adopted: 2021, horizon: 2040 }));
  it("Beslutad (reviderad)", () => expect(strategyYears(e("Det öppna Skåne 2030", [["Beslutad (reviderad)", "2020", "år"]]))).toEqual({ adopted: 2020, horizon: 2030 }));
  it("Antagen (aktualiserad)", () => expect(strategyYears(e("Gröna Kronoberg 2025", [["Antagen (aktualiserad)", "2019", "år"]]))).toEqual({ adopted: 2019, horizon: 2025 }));
  it("Tidshorisont går före namnet", () => expect(strategyYears(e("Jämtlands län 2050", [["Tidshorisont", "2050", "år"]]))).toEqual({ adopted: null, horizon: 2050 }));
  it("Gäller till", () => expect(strategyYears(e("Växtplats Blekinge", [["Beslutad", "2022", "år"], ["Gäller till", "2030", "år"]]))).toEqual({ adopted: 2022, horizon: 2030 }));
  it("slutet av Tidsperiod", () => expect(strategyYears(e("RUS för Jönköpings län 2020–2035", [["Tidsperiod", "2020–2035", "år"]]))).toEqual({ adopted: null, horizon: 2035 }));
  it("RUS 2020–2030 i namnet → 2030", () => expect(strategyYears(e("Ett Västernorrland – RUS 2020–2030", []))).toEqual({ adopted: null, horizon: 2030 }));
  it("inget att gå på → null, null", () => expect(strategyYears(e("Sörmlandsstrategin", [["Reviderad", "2022", "år"]]))).toEqual({ adopted: null, horizon: null }));
});

describe("parseSmartAreas", () => {
  it("delar på semikolon och stannar vid meningens slut", () =>
    expect(parseSmartAreas("Regionens prioriterade områden för smart specialisering: A; B/C; D, E och F. Därtill något annat.")).toEqual(["A", "B/C", "D, E och F"]));
  it("utan lista → null", () => expect(parseSmartAreas("Regionen arbetar med smart specialisering.")).toBeNull());
});

describe("vintageMismatch: a value's source title describes the table the value was read from", () => {
  it("accepts a title and note that agree", () => {
    expect(vintageMismatch(
      "Regionfakta: Bruttoregionprodukt per invånare 2019 (Hallands läns sida, uppdaterad 2021-12-10)",
      "Regionfakta, tabell 'Bruttoregionprodukt per invånare 2019. Tusental kronor', sidan uppdaterad 2021-12-10",
    )).toBeNull();
  });
  it("rejects a title with another update date", () => {
    expect(vintageMismatch(
      "Regionfakta: Bruttoregionprodukt per invånare 2021 (Hallands läns sida, uppdaterad 2023-12-14)",
      "Regionfakta, tabell 'Bruttoregionprodukt per invånare 2019. Tusental kronor', sidan uppdaterad 2021-12-10",
    )).toBe("säger uppdaterad 2023-12-14, men raden lästes från sidan uppdaterad 2021-12-10");
  });
  it("rejects a title naming another table year", () => {
    expect(vintageMismatch(
      "Regionfakta: Medelinkomst 2017 (Västerbottens läns sida)",
      "Regionfakta, tabell 'Medelinkomst 2019, tkr'",
    )).toBe("nämner 2017, men raden lästes från tabellen för 2019");
  });
  it("says nothing when the note does not name a table or date", () => {
    expect(vintageMismatch("SCB: Befolkningsstatistik 2024", "folkmängd 31 december")).toBeNull();
  });
});
