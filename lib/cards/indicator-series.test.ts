import { describe, expect, it } from "vitest";
import { indicatorSeriesCard } from "./indicator-series";
import { RATE, REGIONS, source, value } from "./test-fixtures";

const NB = "\u00a0";
const v = (region: string, year: number, x: number) => value("arbetsloshet", region, year, x, source(year));
const VALUES = [v("09", 2020, 6), v("09", 2021, 5.5), v("09", 2022, 5), v("24", 2020, 4), v("24", 2022, 3.3), v("00", 2020, 7), v("00", 2021, 6.8), v("00", 2022, 6.2), v("01", 2021, 7.1)];
const card = (chosen: string[], lang: "sv" | "en" = "sv", values = VALUES, indicator = RATE) => indicatorSeriesCard({ indicator, values, regions: REGIONS, chosen }, lang);
const BROKEN = { ...RATE, seriesBreaks: [{ after: 2020, noteSv: "Ny definition från 2021." }] };

function model(chosen: string[], lang: "sv" | "en" = "sv", values = VALUES, indicator = RATE) {
  const m = card(chosen, lang, values, indicator);
  if (m.chart === null) throw new Error("expected a chart");
  return m;
}

describe("indicatorSeriesCard: description", () => {
  it("says each line's first and last value, in sv and en", () => {
    expect(model(["09", "24", "00"]).description).toBe(`Mellan 2020 och 2022 gick Gotland från 6,0${NB}% till 5,0${NB}%, Västerbotten från 4,0${NB}% till 3,3${NB}%, Riket från 7,0${NB}% till 6,2${NB}%.`);
    expect(model(["09", "00"], "en").description).toBe("Between 2020 and 2022, values went: Gotland from 6.0% to 5.0%, Sweden from 7.0% to 6.2%.");
  });
  it("a line without a first or last value is left out; with none left, says they cannot be compared", () => {
    expect(model(["01", "09"]).description).toBe(`Mellan 2020 och 2022 gick Gotland från 6,0${NB}% till 5,0${NB}%.`);
    expect(model(["01"]).description).toBe("Mellan 2020 och 2022 gick värdena inte att jämföra (uppgift saknas något av åren).");
    expect(model(["01"], "en").description).toBe("Between 2020 and 2022, the values cannot be compared (a value is missing in one of the years).");
  });
  it("a series break is said after the change", () => {
    expect(model(["09"], "sv", VALUES, BROKEN).description).toBe(`Mellan 2020 och 2022 gick Gotland från 6,0${NB}% till 5,0${NB}%. Observera serieavbrottet: åren före och efter är inte jämförbara.`);
    expect(model(["09"], "en", VALUES, BROKEN).description).toBe("Between 2020 and 2022, values went: Gotland from 6.0% to 5.0%. Note the series break: the years before and after are not comparable.");
  });
  it("one year or none: no chart, only the sentence", () => {
    const one = card(["09"], "sv", [v("09", 2022, 5)]);
    expect(one).toEqual({ id: "tidsserie-arbetsloshet", chart: null, description: "Tidsserie saknas: indikatorn finns bara för ett år (2022)." });
    expect(card(["09"], "en", [v("09", 2022, 5)]).description).toBe("No time series: the indicator exists for one year only (2022).");
    expect(card(["09"], "sv", []).description).toBe("Tidsserie saknas: indikatorn finns bara för inga år.");
    expect(card(["09"], "en", []).description).toBe("No time series: the indicator exists for no years.");
  });
});

describe("indicatorSeriesCard: card, notes, table twin, lines", () => {
  it("title, subtitle, file name, link parameter", () => {
    const m = model(["09", "24", "00"]);
    expect([m.id, m.title, m.subtitle, m.period]).toEqual(["tidsserie-arbetsloshet", "Arbetslöshet 2020–2022", "procent av arbetskraften. Gotland, Västerbotten, Riket.", "2020–2022"]);
    expect(model(["09", "00"], "en").subtitle).toBe("per cent of the labour force. Gotland, Sweden.");
    expect(m.fileName).toEqual({ page: "indikator-Arbetslöshet", selection: "Gotland-Västerbotten-Riket", year: "2020-2022" });
    expect(m.linkParams).toEqual(["regioner"]);
  });
  it("sources of the chosen regions, each once, at most three", () => {
    expect(model(["09", "24"]).sources.map((s) => s.title)).toEqual(["Källa 2020", "Källa 2021", "Källa 2022"]);
  });
  it("a break note is Swedish text: marked as such in the English UI", () => {
    expect(model(["09"], "sv", VALUES, BROKEN).notes).toEqual(["Serieavbrott mellan 2020 och 2021: Ny definition från 2021."]);
    expect(model(["09"], "en", VALUES, BROKEN).notes).toEqual([{ sv: "Serieavbrott mellan 2020 och 2021: Ny definition från 2021." }]);
    expect(model(["09"], "en", VALUES, BROKEN).chart.breaks).toEqual([{ between: ["2020", "2021"], label: "Series break" }]);
    expect(model(["09"]).notes).toEqual([]);
  });
  it("the table: a row per year, a column per line, missing values said", () => {
    const t = model(["09", "24", "00"]).table;
    expect(t.caption).toBe("Arbetslöshet 20–64 år per år (procent av arbetskraften)");
    expect(t.columns).toEqual([{ id: "period", label: "År" }, { id: "09", label: "Gotland", numeric: true }, { id: "24", label: "Västerbotten", numeric: true }, { id: "00", label: "Riket", numeric: true }]);
    expect(t.rows.map((r) => [r.cells.period.t, r.cells["09"].t, r.cells["24"].t, r.cells["00"].t])).toEqual([
      ["2020", `6,0${NB}%`, `4,0${NB}%`, `7,0${NB}%`], ["2021", `5,5${NB}%`, "Uppgift saknas", `6,8${NB}%`], ["2022", `5,0${NB}%`, `3,3${NB}%`, `6,2${NB}%`],
    ]);
    const en = model(["24", "00"], "en").table;
    expect(en.caption).toBe("Unemployment 20–64 by year (per cent of the labour force)");
    expect(en.rows[1].cells["24"]).toEqual({ t: "Not available", v: null });
  });
  it("lines: Riket dashed with a cross, the others by colour and marker in order", () => {
    const c = model(["09", "24", "00"]).chart;
    expect(c.series.map((s) => [s.key, s.label, s.marker, s.dashed ?? false])).toEqual([["09", "Gotland", "circle", false], ["24", "Västerbotten", "square", false], ["00", "Riket", "cross", true]]);
    expect(c.ariaLabel).toBe("Linjediagram: Arbetslöshet 20–64 år över tid för Gotland, Västerbotten, Riket");
  });
});
