import { describe, expect, it } from "vitest";
import { getDataset } from "../data";
import { rankedIndicatorCard } from "./ranked-indicator";
import { indicatorMapCard } from "./indicator-map";

/** The published dataset: the sentence the README quotes for "my region" (?min=24) on the unemployment page. */
describe("card models on the real dataset", () => {
  const d = getDataset();
  const indicator = d.indicators.find((i) => i.id === "arbetsloshet_bas_20_64")!;
  const input = { indicator, values: d.values, regions: d.regions, period: "2022", highlight: "24" };
  it("ranked bars: Västerbotten lowest of 21, Södermanland highest, Riket 5,2 %", () => {
    expect(rankedIndicatorCard(input, "sv").description).toBe(
      "Västerbotten: 3,3\u00a0% (rang 21 av 21, lägst). Södermanland har högst värde (7,5\u00a0%) och Västerbotten lägst (3,3\u00a0%) år 2022; riket ligger på 5,2\u00a0%.",
    );
    expect(rankedIndicatorCard(input, "en").description).toBe(
      "Västerbotten: 3.3% (rank 21 of 21, lowest). Södermanland has the highest value (7.5%) and Västerbotten the lowest (3.3%) in 2022; Sweden as a whole is at 5.2%.",
    );
    const m = rankedIndicatorCard(input, "sv");
    expect([m.title, m.subtitle]).toEqual(["Arbetslöshet 20–64 (BAS) 2022", "procent av arbetskraften. 21 av 21 län har en uppgift."]);
    expect(m.table.rows).toHaveLength(22);
    expect(m.table.rows.find((r) => r.id === "24")!.cells.lan.t).toBe("Västerbotten (min region)");
  });
  it("map: five classes", () => {
    expect(indicatorMapCard(input, "sv").description).toBe(
      "Västerbotten: 3,3\u00a0% (rang 21 av 21, lägst). Kartan färgar länen i 5 klasser från lägst (ljus) till högst (mörk); Södermanland har högst värde och Västerbotten lägst.",
    );
  });
});
