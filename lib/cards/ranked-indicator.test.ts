import { describe, expect, it } from "vitest";
import { rankedIndicatorCard } from "./ranked-indicator";
import { COUNT, RATE, REGIONS, source, value } from "./test-fixtures";

const NB = "\u00a0";
/** Stockholm 7,5 · Skåne 6,1 · Gotland 5,0 · Västerbotten 3,3; Riket 6,2. */
const FULL = [value("arbetsloshet", "01", 2022, 7.5), value("arbetsloshet", "09", 2022, 5), value("arbetsloshet", "12", 2022, 6.1), value("arbetsloshet", "24", 2022, 3.3), value("arbetsloshet", "00", 2022, 6.2)];
const card = (values = FULL, lang: "sv" | "en" = "sv", highlight?: string) => rankedIndicatorCard({ indicator: RATE, values, regions: REGIONS, period: "2022", highlight }, lang);

describe("rankedIndicatorCard: description", () => {
  it("names the highest and lowest county and Riket, in sv and en", () => {
    expect(card().description).toBe(`Stockholm har högst värde (7,5${NB}%) och Västerbotten lägst (3,3${NB}%) år 2022; riket ligger på 6,2${NB}%.`);
    expect(card(FULL, "en").description).toBe("Stockholm has the highest value (7.5%) and Västerbotten the lowest (3.3%) in 2022; Sweden as a whole is at 6.2%.");
  });
  it("starts with my region's standing: value, rank and lowest/highest", () => {
    expect(card(FULL, "sv", "24").description).toBe(`Västerbotten: 3,3${NB}% (rang 4 av 4, lägst). Stockholm har högst värde (7,5${NB}%) och Västerbotten lägst (3,3${NB}%) år 2022; riket ligger på 6,2${NB}%.`);
    expect(card(FULL, "en", "01").description).toMatch(/^Stockholm: 7\.5% \(rank 1 of 4, highest\)\. Stockholm has the highest value/);
    expect(card(FULL, "sv", "12").description).toMatch(new RegExp(`^Skåne: 6,1${NB}% \\(rang 2 av 4\\)\\. Stockholm har`));
  });
  it("on a page that does not read ?min (everyStanding): every county's sentence, the same as with ?min, none without a value", () => {
    const noGotland = FULL.filter((v) => v.region !== "09");
    const all = rankedIndicatorCard({ indicator: RATE, values: noGotland, regions: REGIONS, period: "2022", everyStanding: true }, "sv");
    expect(all.description).toBe(card(noGotland).description);
    expect(all.standings?.map((s) => s.code)).toEqual(["01", "12", "24"]);
    for (const s of all.standings!) expect(card(noGotland, "sv", s.code).description).toBe(s.text + all.description);
    expect(card().standings).toBeUndefined();
  });
  it("says nothing of my region when it has no value", () => {
    const noGotland = FULL.filter((v) => v.region !== "09");
    expect(card(noGotland, "sv", "09").description).toMatch(/^Stockholm har högst värde/);
  });
  it("without Riket the sentence ends after the lowest county", () => {
    const noRiket = FULL.filter((v) => v.region !== "00");
    expect(card(noRiket).description).toBe(`Stockholm har högst värde (7,5${NB}%) och Västerbotten lägst (3,3${NB}%) år 2022.`);
    expect(card(noRiket, "en").description).toBe("Stockholm has the highest value (7.5%) and Västerbotten the lowest (3.3%) in 2022.");
  });
  it("one county with a value is both highest and lowest", () => {
    const one = [value("arbetsloshet", "09", 2022, 5)];
    expect(card(one).description).toBe(`Gotland har högst värde (5,0${NB}%) och Gotland lägst (5,0${NB}%) år 2022.`);
    expect(card(one).subtitle).toBe("procent av arbetskraften. 1 av 4 län har en uppgift.");
  });
  it("no value at all: Uppgift saknas / Not available, and no bars", () => {
    expect(card([]).description).toBe("Uppgift saknas för 2022.");
    expect(card([], "en").description).toBe("Not available for 2022.");
    expect(card([]).chart.data).toEqual([]);
    expect(card([]).sources).toEqual([RATE.source]);
  });
});

describe("rankedIndicatorCard: title, notes, sources, file name", () => {
  it("title, subtitle, credit and ids in sv and en", () => {
    const sv = card();
    expect([sv.id, sv.title, sv.subtitle, sv.credit, sv.unit, sv.period]).toEqual([
      "ind-arbetsloshet", "Arbetslöshet 2022", "procent av arbetskraften. 4 av 4 län har en uppgift.", "Källa: SCB (via Regionfakta)", "procent av arbetskraften", "2022",
    ]);
    const en = card(FULL, "en");
    expect([en.title, en.subtitle, en.credit]).toEqual(["Unemployment 20–64 2022", "per cent of the labour force. 4 of 4 counties have a value.", "Source: SCB (via Regionfakta)"]);
    expect(sv.fileName).toEqual({ page: "indikator-Arbetslöshet", selection: "alla-lan", year: "2022" });
    expect(sv.linkParams).toEqual(["ar"]);
  });
  it("notes: the indicator's own (Swedish only), then the missing counties and Riket", () => {
    expect(card().notes).toEqual([{ sv: "Reviderad årgång." }]);
    const gaps = FULL.filter((v) => v.region !== "09" && v.region !== "00");
    expect(card(gaps).notes).toEqual([{ sv: "Reviderad årgång." }, "Uppgift saknas för Gotland (2022).", "Uppgift saknas för riket (2022)."]);
    expect(card(gaps, "en").notes).toEqual([{ sv: "Reviderad årgång." }, "Not available for Gotland (2022).", "Not available for Sweden as a whole (2022)."]);
  });
  it("sources: each once, at most two, in the order of the bars", () => {
    const vals = [value("arbetsloshet", "01", 2022, 7.5, source(3)), value("arbetsloshet", "09", 2022, 5, source(2)), value("arbetsloshet", "12", 2022, 6.1, source(3)), value("arbetsloshet", "24", 2022, 3.3, source(4))];
    expect(card(vals).sources.map((s) => s.title)).toEqual(["Källa 3", "Källa 2"]);
  });
});

describe("rankedIndicatorCard: chart and table twin", () => {
  it("bars highest first, my region marked, Riket as the reference", () => {
    const c = card(FULL, "sv", "24").chart;
    expect(c.data.map((d) => [d.label, d.display, d.highlight, d.code])).toEqual([
      ["Stockholm", "7,5", false, "01"], ["Skåne", "6,1", false, "12"], ["Gotland", "5", false, "09"], ["▶ Västerbotten", "3,3", true, "24"],
    ]);
    expect(c.reference).toEqual({ label: "Riket", value: 6.2, display: "6,2" });
    expect(c.series).toEqual([{ key: "v", label: "Arbetslöshet" }]);
    expect(c.ariaLabel).toBe("Stapeldiagram: Arbetslöshet 20–64 år 2022 per län");
    expect(card(FULL, "en").chart.ariaLabel).toBe("Bar chart: Unemployment 20–64 2022 by county");
  });
  it("the table: county, value, rank; Riket last; sorted by rank", () => {
    const t = card(FULL, "sv", "24").table;
    expect(t.caption).toBe("Arbetslöshet 20–64 år 2022, per län (procent av arbetskraften)");
    expect(t.initialSort).toEqual({ id: "rank", desc: false });
    expect(t.columns).toEqual([{ id: "lan", label: "Län" }, { id: "value", label: "Värde", numeric: true }, { id: "rank", label: "Rang", numeric: true }]);
    expect(t.rows.map((r) => [r.id, r.cells.lan.t, r.cells.value.t, r.cells.rank.t])).toEqual([
      ["01", "Stockholm", `7,5${NB}%`, "1 av 4"], ["12", "Skåne", `6,1${NB}%`, "2 av 4"], ["09", "Gotland", `5,0${NB}%`, "3 av 4"],
      ["24", "Västerbotten (min region)", `3,3${NB}%`, "4 av 4"], ["00", "Riket", `6,2${NB}%`, "–"],
    ]);
    expect(t.rows[0].cells.lan).toEqual({ t: "Stockholm", v: "Stockholm", href: "/regioner/01" });
    const en = card(FULL, "en", "24").table;
    expect(en.caption).toBe("Unemployment 20–64 2022, by county (per cent of the labour force)");
    expect(en.columns.map((c) => c.label)).toEqual(["County", "Value", "Rank"]);
    expect(en.rows.map((r) => [r.cells.lan.t, r.cells.value.t, r.cells.rank.t]).slice(3)).toEqual([["Västerbotten (my region)", "3.3%", "4 of 4"], ["Sweden", "6.2%", "–"]]);
    expect(en.rows[0].cells.lan.href).toBe("/en/regioner/01");
  });
  it("a missing county sorts last with Uppgift saknas; ties share a rank", () => {
    const vals = [value("arbetsloshet", "01", 2022, 5), value("arbetsloshet", "12", 2022, 5), value("arbetsloshet", "24", 2022, 3.3)];
    expect(card(vals).table.rows.map((r) => [r.cells.lan.t, r.cells.value.t, r.cells.rank.t, r.cells.rank.v])).toEqual([
      ["Stockholm", `5,0${NB}%`, "1 av 3", 1], ["Skåne", `5,0${NB}%`, "1 av 3", 1], ["Västerbotten", `3,3${NB}%`, "3 av 3", 3], ["Gotland", "Uppgift saknas", "Uppgift saknas", null],
    ]);
  });
  it("Swedish numbers group thousands with a no-break space", () => {
    const m = rankedIndicatorCard({ indicator: COUNT, values: [value("folkmangd", "01", 2023, 2454821), value("folkmangd", "09", 2023, 60124), value("folkmangd", "00", 2023, 10551707)], regions: REGIONS, period: "2023" }, "sv");
    expect(m.table.rows.map((r) => r.cells.value.t)).toEqual([`2${NB}454${NB}821`, `60${NB}124`, "Uppgift saknas", "Uppgift saknas", `10${NB}551${NB}707`]);
    expect(m.chart.data[0].display).toBe(`2${NB}454${NB}821`);
    expect(m.description).toBe(`Stockholm har högst värde (2${NB}454${NB}821) och Gotland lägst (60${NB}124) år 2023; riket ligger på 10${NB}551${NB}707.`);
  });
});
