import { describe, expect, it } from "vitest";
import type { Dataset } from "../schema";
import { diffDatasets, summarise } from "./diff";

const source = { url: "https://a.se", title: "A", type: "regionens-egen" as const };
const entry = (id: string, region: string, theme: string, summary = "s"): Dataset["entries"][number] => ({
  id, region, theme, kind: "insats", title: id, summary, figures: [], year: null, period: { kind: "ar", from: null, to: null }, source,
});
const value = (indicator: string, region: string, v: number): Dataset["values"][number] => ({ indicator, region, year: 2021, period: "2021", value: v, source });
const ind = (id: string) => ({ id }) as Dataset["indicators"][number];

describe("diffDatasets", () => {
  it("ny datamängd utan tidigare fil", () =>
    expect(diffDatasets(null, { entries: [entry("a", "09", "t")], values: [], indicators: [] })).toEqual(["ny datamängd: 1 poster, 0 indikatorer, 0 värden"]));
  it("räknar tillagda, borttagna och ändrade per region, tema och indikator", () => {
    const old = { entries: [entry("a", "09", "t1"), entry("b", "01", "t2")], values: [value("x", "09", 1), value("x", "01", 2)], indicators: [ind("x")] };
    const next = { entries: [entry("a", "09", "t1", "ny"), entry("c", "01", "t1")], values: [value("x", "09", 1), value("x", "01", 3), value("y", "01", 1)], indicators: [ind("x"), ind("y")] };
    expect(diffDatasets(old, next)).toEqual([
      "poster per region (+tillagda −borttagna ~ändrade):",
      "  01: +1 −1 ~0",
      "  09: +0 −0 ~1",
      "poster per tema:",
      "  t1: +1 −0 ~1",
      "  t2: +0 −1 ~0",
      "nya indikatorer: y",
      "värden per indikator:",
      "  x: +0 −0 ~1",
      "  y: +1 −0 ~0",
    ]);
  });
  it("inga ändringar", () => {
    const d = { entries: [entry("a", "09", "t")], values: [value("x", "09", 1)], indicators: [ind("x")] };
    expect(diffDatasets(d, structuredClone(d))).toEqual(["inga ändringar i poster eller värden jämfört med befintlig dataset.json"]);
  });
  it("summarise", () => expect(summarise({ entries: [], values: [value("x", "09", 1)], indicators: [] })).toBe("0 poster, 0 indikatorer, 1 värden"));
});

describe("stableStringify", () => {
  it("bryr sig inte om nyckelordning", async () => {
    const { stableStringify } = await import("./diff");
    expect(stableStringify({ b: 1, a: [{ d: 2, c: null }] })).toBe(stableStringify({ a: [{ c: null, d: 2 }], b: 1 }));
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: 2 }));
  });
});
