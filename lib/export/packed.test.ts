import { describe, expect, it } from "vitest";
import { getDataset } from "../data";
import { rankedIndicatorCard } from "../cards/ranked-indicator";
import { indicatorMapCard } from "../cards/indicator-map";
import { packTable, unpackTable } from "./packed";
import type { ExportTable } from "./types";

const size = (x: unknown) => JSON.stringify(x).length;

describe("packTable / unpackTable", () => {
  it("gives back the same table: missing cells, null values, links, numbers, one row, no rows", () => {
    const t: ExportTable = {
      columns: [{ id: "kod", label: "Länskod" }, { id: "lan", label: "Län" }, { id: "v", label: "Värde", numeric: true }, { id: "enhet", label: "Enhet" }, { id: "k", label: "Källa" }],
      rows: [
        { id: "a", cells: { kod: { t: "01", v: "01" }, lan: { t: "Stockholm", v: "Stockholm", href: "/regioner/01" }, v: { t: "7,5", v: 7.5 }, enhet: { t: "%", v: "%" }, k: { t: "SCB", v: "SCB" } } },
        { id: "b", cells: { kod: { t: "09", v: "09" }, lan: { t: "Gotland", v: "Gotland" }, v: { t: "Uppgift saknas", v: null }, enhet: { t: "%", v: "%" }, k: { t: "SCB", v: "SCB" } } },
        { id: "c", cells: { kod: { t: "12", v: "12" }, v: { t: "6", v: 6 }, enhet: { t: "%", v: "%" }, k: { t: "SCB", v: "SCB" } } },
      ],
    };
    const p = packTable(t);
    expect(Object.keys(p.same)).toEqual(["enhet", "k"]);
    expect(p.rows[0]).toEqual(["01", { t: "Stockholm", v: "Stockholm", href: "/regioner/01" }, { t: "7,5", v: 7.5 }]);
    expect(p.rows[2][1]).toBeNull();
    expect(unpackTable(JSON.parse(JSON.stringify(p)))).toEqual(t);
    const one: ExportTable = { columns: t.columns, rows: [t.rows[0]] };
    expect(unpackTable(packTable(one))).toEqual(one);
    expect(unpackTable(packTable({ columns: t.columns, rows: [] }))).toEqual({ columns: t.columns, rows: [] });
  });

  it("the real tidy downloads come back unchanged and travel in under half the bytes", () => {
    const d = getDataset();
    for (const indicator of d.indicators.filter((i) => !i.fragment).slice(0, 12)) {
      const period = d.values.filter((v) => v.indicator === indicator.id).map((v) => v.period).sort().at(-1)!;
      for (const card of [rankedIndicatorCard, indicatorMapCard]) {
        const data = card({ indicator, values: d.values, regions: d.regions, period }, "sv").data!;
        const packed = packTable(data);
        expect(unpackTable(JSON.parse(JSON.stringify(packed)))).toEqual(data);
        expect(size(packed), indicator.id).toBeLessThan(size(data) / 2);
      }
    }
  });
});
