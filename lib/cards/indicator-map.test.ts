import { describe, expect, it } from "vitest";
import { indicatorMapCard } from "./indicator-map";
import { COUNT, RATE, REGIONS, value } from "./test-fixtures";

const NB = "\u00a0";
const FULL = [value("arbetsloshet", "01", 2022, 7.5), value("arbetsloshet", "09", 2022, 5), value("arbetsloshet", "12", 2022, 6.1), value("arbetsloshet", "24", 2022, 3.3), value("arbetsloshet", "00", 2022, 6.2)];
const card = (values = FULL, lang: "sv" | "en" = "sv", highlight?: string | null) => indicatorMapCard({ indicator: RATE, values, regions: REGIONS, period: "2022", highlight }, lang);

describe("indicatorMapCard: description", () => {
  it("says how many classes and names the highest and lowest county, in sv and en", () => {
    expect(card().description).toBe("Kartan färgar länen i 4 klasser från lägst (ljus) till högst (mörk); Stockholm har högst värde och Västerbotten lägst.");
    expect(card(FULL, "en").description).toBe("The map shades the counties in 4 classes from lowest (light) to highest (dark); Stockholm has the highest value and Västerbotten the lowest.");
  });
  it("at most five classes, fewer when fewer distinct values; missing counties are named", () => {
    const tie = [value("arbetsloshet", "01", 2022, 5), value("arbetsloshet", "12", 2022, 5), value("arbetsloshet", "24", 2022, 3.3)];
    expect(card(tie).description).toBe("Kartan färgar länen i 2 klasser från lägst (ljus) till högst (mörk); Stockholm har högst värde och Västerbotten lägst. Uppgift saknas för Gotland.");
    expect(card(tie, "en").description).toMatch(/in 2 classes .* the lowest\. Not available for Gotland\.$/);
    const many = ["01", "03", "04", "05", "06", "07"].map((c, i) => value("arbetsloshet", c, 2022, i));
    const six = indicatorMapCard({ indicator: RATE, values: many, regions: ["01", "03", "04", "05", "06", "07"].map((code) => ({ code, name: `L${code}` })), period: "2022" }, "sv");
    expect(six.description).toMatch(/^Kartan färgar länen i 5 klasser/);
  });
  it("starts with my region's standing", () => {
    expect(card(FULL, "sv", "24").description).toBe(`Västerbotten: 3,3${NB}% (rang 4 av 4, lägst). Kartan färgar länen i 4 klasser från lägst (ljus) till högst (mörk); Stockholm har högst värde och Västerbotten lägst.`);
    expect(card(FULL, "en", "24").description).toMatch(/^Västerbotten: 3\.3% \(rank 4 of 4, lowest\)\. The map shades/);
  });
  it("no value: Uppgift saknas för the period", () => {
    expect(card([]).description).toBe("Uppgift saknas för 2022.");
    expect(card([], "en").description).toBe("Not available for 2022.");
  });
});

describe("indicatorMapCard: card and table twin", () => {
  it("title, subtitle, note, ids", () => {
    const m = card();
    expect([m.id, m.title, m.subtitle]).toEqual(["karta-arbetsloshet", "Arbetslöshet 2022, karta", "procent av arbetskraften, 2022. 4 av 4 län har en uppgift."]);
    const en = card(FULL, "en");
    expect([en.title, en.subtitle]).toEqual(["Unemployment 20–64 2022, map", "per cent of the labour force, 2022. 4 of 4 counties have a value."]);
    expect(m.notes).toEqual(["Karta: MapSVG / svg-maps, CC BY 4.0."]);
    expect(en.notes).toEqual(["Map: MapSVG / svg-maps, CC BY 4.0."]);
    expect(m.fileName).toEqual({ page: "indikator-Arbetslöshet", selection: "karta", year: "2022" });
    expect(m.chart.idPrefix).toBe("karta-arbetsloshet-karta");
  });
  it("the table lists the counties by code, without Riket and without an initial sort", () => {
    const t = card(FULL.filter((v) => v.region !== "12"), "sv", "09").table;
    expect(t.initialSort).toBeUndefined();
    expect(t.caption).toBe("Arbetslöshet 20–64 år 2022, per län (procent av arbetskraften)");
    expect(t.rows.map((r) => [r.id, r.cells.lan.t, r.cells.value.t, r.cells.rank.t])).toEqual([
      ["01", "Stockholm", `7,5${NB}%`, "1 av 3"], ["09", "Gotland (min region)", `5,0${NB}%`, "2 av 3"], ["12", "Skåne", "Uppgift saknas", "Uppgift saknas"], ["24", "Västerbotten", `3,3${NB}%`, "3 av 3"],
    ]);
    expect(card(FULL, "en").table.rows[0].cells.rank.t).toBe("1 of 4");
  });
  it("map values: value with unit and rank, Uppgift saknas when missing; my region outlined", () => {
    const m = card(FULL.filter((v) => v.region !== "12"), "sv", "09");
    expect(m.chart.highlight).toBe("09");
    expect(m.chart.values.map((v) => [v.code, v.display, v.href])).toEqual([
      ["01", `7,5${NB}%, rang 1 av 3`, "/regioner/01"], ["09", `5,0${NB}%, rang 2 av 3`, "/regioner/09"], ["24", `3,3${NB}%, rang 3 av 3`, "/regioner/24"], ["12", "Uppgift saknas", "/regioner/12"],
    ]);
    expect(card(FULL, "sv", null).chart.highlight).toBeUndefined();
    const pop = indicatorMapCard({ indicator: COUNT, values: [value("folkmangd", "01", 2023, 2454821)], regions: REGIONS, period: "2023" }, "en");
    expect(pop.chart.values[0].display).toBe("2,454,821 number, rank 1 of 1");
    expect(pop.chart.unitLabel).toBe("number");
  });
});
