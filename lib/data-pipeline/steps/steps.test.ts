import { describe, expect, it } from "vitest";
import type { Entry } from "../../schema";
import { applyEntryCorrections, applyValueCorrections } from "./corrections";
import { splitPerspectivePrefix } from "./entries";
import { addFunding, fundingOf } from "./funding";
import { entryPeriod } from "./period";
import { sourceType, typedSource, type SourceTypeRules } from "./source-type";

const rules: SourceTypeRules = {
  byHost: { "docplayer.se": "spegel", "lansstyrelsen.se": "myndighet", "gotland.se": "regionens-egen", "bullpuma.pages.dev": "spegel", "via.tt.se": "regionens-egen" },
  byUrl: { "https://example.se/officiell": "officiell-statistik" },
  notesByHost: { "via.tt.se": "Pressmeddelande via TT." },
};

describe("source types", () => {
  it("records: address rule, then host or parent domain, else third party", () => {
    expect(sourceType(rules, "https://www.lansstyrelsen.se/gotland/nyhet", "entry")).toBe("myndighet");
    expect(sourceType(rules, "https://rus.gotland.se/?page_id=1", "entry")).toBe("regionens-egen");
    expect(sourceType(rules, "https://docplayer.se/amp/1-x.html", "entry")).toBe("spegel");
    expect(sourceType(rules, "https://www.expressen.se/a", "entry")).toBe("tredje-part");
    expect(sourceType(rules, "https://example.se/officiell", "entry")).toBe("officiell-statistik");
  });
  it("values: official statistics unless the host is a mirror, a third party or the region's own page", () => {
    expect(sourceType(rules, "https://github.com/Region-Dalarna/x.csv", "value")).toBe("officiell-statistik");
    expect(sourceType(rules, "https://bullpuma.pages.dev/sverige/679.html", "value")).toBe("spegel");
    expect(sourceType(rules, "https://www.lansstyrelsen.se/x", "value")).toBe("officiell-statistik");
    expect(sourceType(rules, "https://gotland.se/x", "value")).toBe("regionens-egen");
  });
  it("adds the host's note (press-release service)", () => {
    expect(typedSource(rules, { url: "https://via.tt.se/pressmeddelande/1", title: "Region X (pressmeddelande)" }, "entry")).toEqual({
      url: "https://via.tt.se/pressmeddelande/1", title: "Region X (pressmeddelande)", type: "regionens-egen", note: "Pressmeddelande via TT.",
    });
  });
});

describe("entryPeriod: in force vs done in a year", () => {
  const e = (kind: Entry["kind"], title: string, year: number | null, figures: Entry["figures"] = []) => ({ kind, title, year, figures });
  it("a strategy with a span in its title is in force over it", () =>
    expect(entryPeriod(e("strategi", "Integrationsstrategi för Gotland 2017–2023", 2017))).toEqual({ kind: "i-kraft", from: 2017, to: 2023 }));
  it("a strategy adopted 2019 with horizon 2030 is in force 2019–2030", () =>
    expect(entryPeriod(e("strategi", "Gröna Kronoberg 2030", 2019, [{ label: "Antagen", text: "2019", value: 2019, unit: "år" }]))).toEqual({ kind: "i-kraft", from: 2019, to: 2030 }));
  it("a project over years is a period, not in force", () =>
    expect(entryPeriod(e("insats", "ESF-förstudien Mobilisering Kalmar län 2022–2023", 2022))).toEqual({ kind: "period", from: 2022, to: 2023 }));
  it("a result is done in its year; no year stays unknown", () => {
    expect(entryPeriod(e("resultat", "Resandet ökade", 2023))).toEqual({ kind: "ar", from: 2023, to: 2023 });
    expect(entryPeriod(e("insats", "Landsbygdspotten", null))).toEqual({ kind: "ar", from: null, to: null });
  });
  it("a period figure counts when the title has no span", () =>
    expect(entryPeriod(e("insats", "Attraktionskraft Värmland", 2021, [{ label: "Projektperiod", text: "2021–2024", value: null, unit: "år" }]))).toEqual({ kind: "period", from: 2021, to: 2024 }));
});

describe("combined theme: the perspective prefix is our label", () => {
  const byPrefix = { "Hållbarhet:": "hallbarhet", "Samverkan:": "samverkan", "Samverkan över gränsen:": "samverkan" };
  it("maps by prefix and drops it from the title", () => {
    expect(splitPerspectivePrefix("Samverkan över gränsen: satsningen på relationen med Norge", byPrefix)).toEqual({ theme: "samverkan", title: "Satsningen på relationen med Norge" });
    expect(splitPerspectivePrefix("Hållbarhet: VGR:s hållbarhetsmål 2030", byPrefix)).toEqual({ theme: "hallbarhet", title: "VGR:s hållbarhetsmål 2030" });
    expect(splitPerspectivePrefix("North Sweden Green Deal", byPrefix)).toBeNull();
  });
});

const entry = (over: Partial<Entry>): Entry => ({
  id: "09-x", region: "09", theme: "anslag-regional-utveckling", kind: "anslag", title: "X", summary: "S.", figures: [], year: 2023,
  period: { kind: "ar", from: 2023, to: 2023 }, source: { url: "https://gotland.se/", title: "G", type: "regionens-egen" }, ...over,
});

describe("funding: what an anslag amount measures", () => {
  it("every anslag record gets its measure and a note that it is not comparable; a missing one stops the build", () => {
    const log = { problems: [] as string[], report: [] as string[] };
    const es = [entry({ id: "a", title: "Cirka 29 miljoner kronor per år" }), entry({ id: "b", title: "Okänd" }), entry({ id: "c", kind: "insats", theme: "integration" })];
    addFunding(es, { byTitle: { "Cirka 29 miljoner kronor per år": "arsbudget" } }, new Map(), log);
    expect(es[0].funding).toEqual(fundingOf("arsbudget"));
    expect(es[0].funding?.noteSv).toBe("Beloppet är en årsbudget eller ett årligt anslag. Det går inte att jämföra med andra regioners anslagsposter.");
    expect(es[2].funding).toBeUndefined();
    expect(log.problems).toEqual(['b: anslagsposten "Okänd" saknas i data/meta/funding.json (vad mäter beloppet?)']);
  });
});

describe("corrections", () => {
  it("fixes a qualifier and a record's period, and fails on a title that matches nothing", () => {
    const log = { problems: [] as string[], report: [] as string[] };
    const es = [entry({ id: "25-k", kind: "strategi", title: "Kompetensbehov", figures: [{ label: "Behov", text: "cirka 100000", value: 100000, qualifier: "cirka", unit: "personer" }] })];
    applyEntryCorrections(es, new Map(), {
      entries: {
        Kompetensbehov: { reason: "r", year: 2020, period: { kind: "period", from: 2014, to: 2020 }, figures: { Behov: { qualifier: "nästan", text: "nästan 100000" } } },
        Saknas: { reason: "r" },
      },
    }, log);
    expect(es[0].figures[0]).toEqual({ label: "Behov", text: "nästan 100000", value: 100000, qualifier: "nästan", unit: "personer" });
    expect(es[0].period).toEqual({ kind: "period", from: 2014, to: 2020 });
    expect(es[0].year).toBe(2020);
    expect(log.problems).toEqual(['corrections.json: posten "Saknas" finns inte']);
  });
  it("re-cites a value on the primary page and keeps the mirror in the source note", () => {
    const log = { problems: [] as string[], report: [] as string[] };
    const vs = [{ indicator: "folkmangd", region: "01", year: 2023, period: "2023", value: 1, note: "Via spegelsida.", source: { url: "https://bullpuma.pages.dev/a", title: "Spegel", type: "spegel" as const } }];
    applyValueCorrections(vs, { values: { "folkmangd|01|2023": { reason: "r", url: "https://gotland.se/n", title: "Region", note: "Först läst på en spegelsida." } } }, rules, log);
    expect(vs[0].source).toEqual({ url: "https://gotland.se/n", title: "Region", type: "regionens-egen", note: "Först läst på en spegelsida." });
    expect(vs[0].note).toBeUndefined();
  });
});
