import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset, Strategy } from "../schema";
import { periodText, revisionsOf, strategyTimeline, timelineDescription } from "./strategy-timeline";

const d: Dataset = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "dataset.json"), "utf8"));

const regions = [
  { code: "01", name: "Stockholm", organisation: "Region Stockholm" },
  { code: "09", name: "Gotland", organisation: "Region Gotland" },
  { code: "24", name: "Västerbotten", organisation: "Region Västerbotten" },
];
const strategy = (p: Partial<Strategy> & { region: string }): Strategy => ({
  name: "Strategi", adopted: null, horizon: null, entryId: `e${p.region}`, source: { url: "https://example.org", title: "Källa", type: "regionens-egen" as const }, ...p,
});

describe("strategy timeline (fixture)", () => {
  const entries = [
    { id: "e01", figures: [{ label: "Antagen", text: "2018", value: 2018, unit: "år" }, { label: "Reviderad", text: "2022", value: 2022, unit: "år" }] },
    { id: "e09", figures: [{ label: "Uppdaterad", text: "2019", value: 2019, unit: "" }] },
  ];
  const tl = strategyTimeline(
    [strategy({ region: "24" }), strategy({ region: "09", adopted: 2021, horizon: 2040 }), strategy({ region: "01", adopted: 2018, horizon: 2050 })],
    entries, regions, 2023,
  );
  it("orders by adoption year, strategies without one last", () => {
    expect(tl.rows.map((r) => r.region)).toEqual(["01", "09", "24"]);
  });
  it("takes revisions from the record's figures, only after adoption", () => {
    expect(tl.rows[0].revisions).toEqual([2022]);
    expect(tl.rows[1].revisions).toEqual([]); // "Uppdaterad 2019" is before its adoption in 2021
  });
  it("keeps missing years missing", () => {
    expect(tl.rows[2]).toMatchObject({ adopted: null, horizon: null, revisions: [] });
    expect(periodText(tl.rows[2])).toBeNull();
    expect(periodText({ adopted: 2021, horizon: null })).toBe("2021–");
    expect(periodText({ adopted: null, horizon: 2035 })).toBe("–2035");
  });
  it("rounds the axis out to five-year steps that include the report year", () => {
    expect([tl.from, tl.to]).toEqual([2015, 2050]);
    expect(tl.ticks).toEqual([2015, 2020, 2025, 2030, 2035, 2040, 2045, 2050]);
  });
  it("ignores a figure that is not a year", () => {
    expect(revisionsOf({ figures: [{ label: "Reviderad", text: "två gånger", value: 2, unit: "" }] }, null)).toEqual([]);
  });
});

describe("strategy timeline (the published dataset)", () => {
  const tl = strategyTimeline(d.strategies, d.entries, d.regions, d.meta.reportYear);
  it("has one row per strategy, every region at most once", () => {
    expect(tl.rows).toHaveLength(d.strategies.length);
    expect(new Set(tl.rows.map((r) => r.region)).size).toBe(tl.rows.length);
  });
  it("shows each strategy's own years and source", () => {
    for (const r of tl.rows) {
      const s = d.strategies.find((x) => x.region === r.region)!;
      expect([r.adopted, r.horizon, r.source.url]).toEqual([s.adopted, s.horizon, s.source.url]);
    }
  });
  it("finds the revisions the records name", () => {
    const named = d.strategies.filter((s) => d.entries.find((e) => e.id === s.entryId)?.figures.some((f) => /^(Reviderad|Uppdaterad)$/.test(f.label)));
    expect(tl.rows.filter((r) => r.revisions.length > 0).map((r) => r.region).sort()).toEqual(named.map((s) => s.region).sort());
  });
});

describe("timeline description", () => {
  it("counts from the data, in both languages", () => {
    const tl = strategyTimeline(
      [strategy({ region: "24" }), strategy({ region: "09", adopted: 2021, horizon: 2040 }), strategy({ region: "01", adopted: 2018, horizon: 2050 })],
      [{ id: "e01", figures: [{ label: "Reviderad", text: "2022", value: 2022, unit: "" }] }], regions, 2023,
    );
    expect(timelineDescription(tl, "sv")).toBe(
      "3 strategier; 2 anger både antagandeår och tidshorisont. Den tidigaste antogs 2018 (Stockholm), den längsta tidshorisonten är 2050 (Stockholm). "
        + "1 har reviderats eller uppdaterats efter att de antogs. Uppgift saknas i källorna om antagandeår för 1 och om tidshorisont för 1.",
    );
    expect(timelineDescription(tl, "en")).toBe(
      "3 strategies; 2 state both the year adopted and the time horizon. The earliest was adopted in 2018 (Stockholm), the furthest horizon is 2050 (Stockholm). "
        + "1 was revised or updated after adoption. Not available in the sources: the year adopted for 1, the time horizon for 1.",
    );
  });
});
