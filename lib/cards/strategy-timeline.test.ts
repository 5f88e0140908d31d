import { describe, expect, it } from "vitest";
import type { Timeline, TimelineRow } from "../derive/strategy-timeline";
import { strategyTimelineCard, timelineLabel, timelineShortLabel } from "./strategy-timeline";
import { source } from "./test-fixtures";

const row = (region: string, regionName: string, adopted: number | null, horizon: number | null, revisions: number[] = []): TimelineRow => ({
  region, regionName, organisation: `Region ${regionName}`, strategy: `RUS ${regionName}`, adopted, horizon, revisions, source: source(Number(region)),
});
const TL: Timeline = { rows: [row("09", "Gotland", 2018, 2040, [2022]), row("12", "Skåne", 2019, null), row("24", "Västerbotten", null, 2035)], from: 2015, to: 2045, ticks: [2015, 2025, 2035, 2045] };

describe("strategy timeline labels", () => {
  it("the label after a bar, in sv and en", () => {
    expect(TL.rows.map((r) => timelineLabel(r, "sv"))).toEqual(["2018–2040, reviderad 2022", "2019– (tidshorisont saknas)", "–2035 (antagen: uppgift saknas)"]);
    expect(TL.rows.map((r) => timelineLabel(r, "en"))).toEqual(["2018–2040, revised 2022", "2019– (no time horizon)", "–2035 (adopted: not available)"]);
    expect(timelineLabel(row("01", "Stockholm", null, null), "sv")).toBe("Uppgift saknas");
  });
  it("the phone label", () => {
    expect(TL.rows.map((r) => timelineShortLabel(r, "sv"))).toEqual(["2018–2040 ◆2022", "2019–", "–2035"]);
    expect(timelineShortLabel(row("01", "Stockholm", null, null), "en")).toBe("Not available");
  });
});

describe("strategyTimelineCard", () => {
  it("title, subtitle, description and note", () => {
    const m = strategyTimelineCard(TL, "sv");
    expect(m.subtitle).toBe("År, 2015–2045. En stapel per region, från året strategin antogs till dess tidshorisont; ◆ = reviderad.");
    expect(m.description).toBe("3 strategier; 1 anger både antagandeår och tidshorisont. Den tidigaste antogs 2018 (Gotland), den längsta tidshorisonten är 2040 (Gotland). 1 har reviderats eller uppdaterats efter att de antogs. Uppgift saknas i källorna om antagandeår för 1 och om tidshorisont för 1.");
    const en = strategyTimelineCard(TL, "en");
    expect(en.title).toBe("The regions' development strategies: adopted and time horizon");
    expect(en.description).toBe("3 strategies; 1 state both the year adopted and the time horizon. The earliest was adopted in 2018 (Gotland), the furthest horizon is 2040 (Gotland). 1 was revised or updated after adoption. Not available in the sources: the year adopted for 1, the time horizon for 1.");
    expect(m.sources).toHaveLength(3);
    expect(m.fileName).toEqual({ page: "regioner", selection: "strategier" });
  });
  it("the table: organisation, strategy, years (missing said), revisions, source", () => {
    const t = strategyTimelineCard(TL, "sv").table;
    expect(t.columns.map((c) => c.label)).toEqual(["Region", "Strategi", "Antagen", "Reviderad", "Tidshorisont", "Källa"]);
    expect(t.rows.map((r) => [r.cells.region.t, r.cells.adopted.t, r.cells.revised.t, r.cells.horizon.t, r.cells.source.href])).toEqual([
      ["Region Gotland", "2018", "2022", "2040", "https://example.se/9"], ["Region Skåne", "2019", "–", "Uppgift saknas", "https://example.se/12"], ["Region Västerbotten", "Uppgift saknas", "–", "2035", "https://example.se/24"],
    ]);
    expect(strategyTimelineCard(TL, "en").table.rows[2].cells.adopted).toEqual({ t: "Not available", v: null });
    expect(t.rows[0].cells.region.href).toBe("/regioner/09");
  });
});
