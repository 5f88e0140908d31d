import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset, Entry } from "../schema";
import { fold, queryWords } from "./normalize";
import { synonymsOf } from "./synonyms";
import { buildSearchIndex, buildWireIndex } from "./search-index";
import { countyCodeOf, groupHits, search } from "./rank";
import { hitContext, hitHref, hitName, hitTableHref, namesFrom } from "./present";

const dataset: Dataset = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "dataset.json"), "utf8"));
const full = buildSearchIndex(dataset, { summaries: true });
const compact = buildSearchIndex(dataset, { summaries: false });

/** A tiny dataset: every field a test does not set gets a plain default. */
function entry(p: Partial<Entry> & { id: string; title: string }): Entry {
  return { region: "09", theme: "samverkan", kind: "insats", summary: "En sammanfattning.", figures: [], year: 2023, period: { kind: "ar", from: 2023, to: 2023 }, source: { url: "https://example.org", title: "Källa", type: "regionens-egen" as const }, ...p };
}
const fixture = buildSearchIndex({
  regions: [
    { code: "09", name: "Gotland", county: "Gotlands län", organisation: "Region Gotland", nameEn: "Gotland County", mapId: "gotland" },
    { code: "24", name: "Västerbotten", county: "Västerbottens län", organisation: "Region Västerbotten", nameEn: "Västerbotten County", mapId: "vasterbotten" },
  ],
  themes: [{ slug: "samverkan", nameSv: "Samverkan", nameEn: "Collaboration", group: "genomgaende", descriptionSv: "Om samverkan.", descriptionEn: "On collaboration." }],
  indicators: [],
  entries: [
    entry({ id: "a", title: "Gotlands besöksnäring 2023" }),
    entry({ id: "b", region: "24", title: "Samverkan om kompetensförsörjning", summary: "Gotland och fastlandet." }),
    entry({ id: "c", region: "24", title: "Turism på ön", summary: "Resor med Gotlandsbåten." }),
  ],
}, { summaries: true });

describe("fold", () => {
  it("lower-cases, folds å ä ö and é, and keeps words apart", () => {
    expect(fold("Västerbotten, Jönköping – Örebro!")).toBe(" vasterbotten jonkoping orebro ");
    expect(fold("Linné")).toBe(" linne ");
    expect(queryWords("  BRP  brp per   ")).toEqual(["brp", "per"]);
  });
});

describe("synonyms", () => {
  it("expand an everyday word to the official one and the other language", () => {
    expect(synonymsOf("brp")).toContain("bruttoregionprodukt");
    expect(synonymsOf("grp")).toContain("brp");
    expect(synonymsOf("bredband")).toContain("broadband");
    expect(synonymsOf("klimat")).toContain("vaxthusgaser");
  });
  it("expand a typed prefix of three letters or more, but not one or two letters", () => {
    expect(synonymsOf("bred")).toContain("broadband");
    expect(synonymsOf("br")).toEqual([]);
  });
});

describe("county code", () => {
  it("reads 09, 9 and 'län 9' as a county code, nothing else", () => {
    expect(countyCodeOf("09")).toBe("09");
    expect(countyCodeOf(" 9 ")).toBe("09");
    expect(countyCodeOf("län 24")).toBe("24");
    expect(countyCodeOf("2023")).toBeNull();
    expect(countyCodeOf("gotland")).toBeNull();
  });
});

describe("ranking (fixture)", () => {
  it("puts the region first, then records whose title names it, then records that mention it", () => {
    const ids = search(fixture, "gotland").map((h) => h.item.id);
    expect(ids).toEqual(["09", "a", "b", "c"]);
  });
  it("finds a word inside a Swedish compound, below a word start", () => {
    expect(search(fixture, "forsorjning").map((h) => h.item.id)).toEqual(["b"]);
  });
  it("needs every word of the query", () => {
    expect(search(fixture, "gotland turism").map((h) => h.item.id)).toEqual(["c"]);
    expect(search(fixture, "gotland ingenting")).toEqual([]);
  });
  it("finds a region by county code and by its name without diacritics", () => {
    expect(search(fixture, "24")[0].item.id).toBe("24");
    expect(search(fixture, "vasterbotten")[0].item.id).toBe("24");
  });
  it("is empty for an empty query", () => {
    expect(search(fixture, "   ")).toEqual([]);
  });
  it("groups by kind in the order of each group's best hit, with the total per group", () => {
    const groups = groupHits(search(fixture, "gotland"), 2);
    expect(groups.map((g) => [g.kind, g.hits.length, g.total])).toEqual([["region", 1, 1], ["post", 2, 3]]);
  });
});

describe("ranking (the published dataset)", () => {
  const top = (q: string, n = 1) => search(compact, q, { limit: n }).map((h) => `${h.item.kind}:${h.item.id}`);

  it("'Gotland' opens with Region Gotland; '09' and '9' too", () => {
    expect(top("Gotland")).toEqual(["region:09"]);
    expect(top("09")).toEqual(["region:09"]);
    expect(top("9")).toEqual(["region:09"]);
  });

  it("'BRP' and 'GRP' lead with the BRP indicators", () => {
    const brp = dataset.indicators.filter((i) => /\bBRP\b/.test(i.nameSv)).map((i) => `indikator:${i.id}`).sort();
    expect(brp.length).toBeGreaterThan(0);
    expect(top("BRP", brp.length).sort()).toEqual(brp);
    expect(top("GRP", brp.length).sort()).toEqual(brp);
  });

  it("'bredband' finds the broadband indicators, the digital theme and every record titled with it", () => {
    const hits = search(compact, "bredband").map((h) => `${h.item.kind}:${h.item.id}`);
    for (const i of dataset.indicators.filter((i) => /bredband/i.test(i.nameSv))) expect(hits).toContain(`indikator:${i.id}`);
    for (const e of dataset.entries.filter((e) => /bredband/i.test(e.title))) expect(hits).toContain(`post:${e.id}`);
    const digital = dataset.themes.find((t) => /^Digital/.test(t.nameSv))!;
    expect(hits).toContain(`tema:${digital.slug}`);
    expect(hits[0]).toMatch(/^indikator:/);
  });

  it("'klimat' finds the environment theme first and the greenhouse-gas indicator", () => {
    const hits = search(compact, "klimat").map((h) => `${h.item.kind}:${h.item.id}`);
    const klimat = dataset.themes.find((t) => /klimat/i.test(t.nameSv))!;
    expect(hits[0]).toBe(`tema:${klimat.slug}`);
    for (const i of dataset.indicators.filter((i) => /växthusgaser/i.test(i.nameSv))) expect(hits).toContain(`indikator:${i.id}`);
  });

  it("finds in English: 'broadband', 'climate', 'unemployment'", () => {
    expect(top("broadband")[0]).toMatch(/^indikator:bredband/);
    expect(search(compact, "climate").map((h) => h.item.id)).toContain("miljo-klimat");
    expect(top("unemployment")[0]).toBe("indikator:arbetsloshet_bas_20_64");
  });

  it("the compact index leaves out summaries: a word only in a summary is found on /sok, not in the header", () => {
    const e = dataset.entries.find((x) => /Tillväxtverkets populärversion/.test(x.summary))!;
    expect(search(full, "populärversion sammanfattar").map((h) => h.item.id)).toContain(e.id);
    expect(search(compact, "populärversion sammanfattar").map((h) => h.item.id)).not.toContain(e.id);
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(buildWireIndex(dataset, { summaries: false }))).toBeLessThan(size(buildWireIndex(dataset, { summaries: true })) / 3);
  });
});

describe("presentation", () => {
  const names = namesFrom(compact, "sv");
  it("links a region, a theme, an indicator, and a record to its card on its region (or theme) page", () => {
    const byId = (id: string) => compact.items.find((i) => i.id === id)!;
    expect(hitHref(byId("09"), "sv")).toBe("/regioner/09");
    expect(hitHref(byId("09"), "en")).toBe("/en/regioner/09");
    expect(hitHref(byId("miljo-klimat"), "sv")).toBe("/teman/miljo-klimat");
    const regional = dataset.entries.find((e) => e.region === "09")!;
    expect(hitHref(byId(regional.id), "sv")).toBe(`/regioner/09#post-${regional.id}`);
    const national = dataset.entries.find((e) => e.region === "00")!;
    expect(hitHref(byId(national.id), "en")).toBe(`/en/teman/${national.theme}#post-${national.id}`);
    // And the same record in the records table, which has it with or without JavaScript.
    expect(hitTableHref(byId(regional.id), "sv")).toBe(`/data?region=09&q=${encodeURIComponent(regional.title)}`);
    expect(hitTableHref(byId(national.id), "en")).toBe(`/en/data?tema=${national.theme}&q=${encodeURIComponent(national.title)}`);
    expect(hitTableHref(byId("09"), "sv")).toBeNull();
  });
  it("names and context in the user's language", () => {
    const e = dataset.entries.find((x) => x.region === "09" && x.kind === "insats" && x.year)!;
    const item = compact.items.find((i) => i.id === e.id)!;
    const theme = dataset.themes.find((t) => t.slug === e.theme)!;
    expect(hitContext(item, "sv", names)).toBe(`Insats · Region Gotland · ${theme.nameSv} · ${e.year}`);
    expect(hitContext(item, "en", namesFrom(compact, "en"))).toBe(`Activity · Region Gotland · ${theme.nameEn} · ${e.year}`);
    const klimat = compact.items.find((i) => i.id === "miljo-klimat")!;
    expect(hitName(klimat, "en")).toBe(dataset.themes.find((t) => t.slug === "miljo-klimat")!.nameEn);
    expect(hitContext(compact.items.find((i) => i.id === "09")!, "sv", names)).toBe("Länskod 09");
  });
});
