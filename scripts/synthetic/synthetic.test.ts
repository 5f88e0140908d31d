import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entrySchema, indicatorSchema, parseDataset, regionSchema, themeSchema, type Dataset } from "../../lib/schema";
import { copyForSearch, mulberry32, pick, scaleDataset, shuffle, syntheticEntries, syntheticRows, syntheticThemes, syntheticValues } from ".";

const real = parseDataset(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "dataset.json"), "utf8")));
const json = (x: unknown) => JSON.stringify(x);

describe("mulberry32", () => {
  it("gives the same stream for the same seed and another for another seed", () => {
    const [a, b, c] = [mulberry32(1), mulberry32(1), mulberry32(2)];
    const xs = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(xs);
    expect(Array.from({ length: 100 }, c)).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it("is the reference mulberry32 (the signed-int form used in older tests)", () => {
    let s = 20260115;
    const ref = () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const r = mulberry32(20260115);
    expect(Array.from({ length: 1000 }, r)).toEqual(Array.from({ length: 1000 }, ref));
  });
  it("picks and shuffles by the stream", () => {
    expect(pick(mulberry32(3), ["a", "b", "c"])).toBe(pick(mulberry32(3), ["a", "b", "c"]));
    const list = Array.from({ length: 20 }, (_, i) => i);
    const once = shuffle([...list], mulberry32(4));
    expect([...once].sort((x, y) => x - y)).toEqual(list);
    expect(shuffle([...list], mulberry32(4))).toEqual(once);
    expect(shuffle([...list], mulberry32(5))).not.toEqual(once);
  });
});

describe("synthetic records and rows", () => {
  it("are the same for the same seed and differ for another", () => {
    expect(json(syntheticEntries(300, 7))).toBe(json(syntheticEntries(300, 7)));
    expect(json(syntheticEntries(300, 7))).not.toBe(json(syntheticEntries(300, 8)));
    expect(syntheticRows(50)).toEqual(syntheticRows(50));
    expect(syntheticRows(50, 1)).not.toEqual(syntheticRows(50, 2));
  });
  it("has n records with unique ids, every one marked synthetic", () => {
    const rows = syntheticRows(500);
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r.id)).size).toBe(500);
    expect(rows.every((r) => /^Syntetisk post \d+$/.test(r.title) && r.summary.startsWith("Syntetisk") && r.themeLabel.startsWith("Syntetiskt tema"))).toBe(true);
  });
  it("parses with the entry and theme schemas, and with the dataset schema next to the real records", () => {
    const entries = syntheticEntries(2_000, 11);
    for (const e of entries) expect(entrySchema.parse(e)).toEqual(e);
    for (const t of syntheticThemes()) expect(themeSchema.parse(t)).toEqual(t);
    expect(entries.some((e) => e.kind === "anslag")).toBe(true);
    const d = parseDataset({ ...real, themes: [...real.themes, ...syntheticThemes()], entries: [...real.entries, ...entries] });
    expect(d.entries).toHaveLength(real.entries.length + 2_000);
  });
});

describe("scaleDataset", () => {
  it("×10 has 10× the records, 10× per region, more indicator years, and parses with the dataset schema", () => {
    const ten = parseDataset(scaleDataset(real, 10));
    expect(ten.entries).toHaveLength(real.entries.length * 10);
    const count = (d: Dataset, r: string) => d.entries.filter((e) => e.region === r).length;
    expect(count(ten, "09")).toBe(count(real, "09") * 10);
    expect(ten.values.length).toBeGreaterThan(real.values.length);
    expect(ten.regions).toEqual(real.regions);
    expect(ten.indicators).toEqual(real.indicators);
    expect(ten.meta.builtAt).toBe(`${real.meta.builtAt}-syntetisk-10x`);
  });
  it("marks every synthetic record and value as such", () => {
    const three = scaleDataset(real, 3);
    const extra = three.entries.slice(real.entries.length);
    expect(extra.every((e) => e.title.startsWith("[syntetisk") && e.summary.startsWith("[syntetisk"))).toBe(true);
    expect(three.values.slice(real.values.length).every((v) => v.note === "syntetiskt värde (prestandatest)")).toBe(true);
  });
  it("is the same for the same seed and differs for another", () => {
    expect(json(scaleDataset(real, 4, 5))).toBe(json(scaleDataset(real, 4, 5)));
    expect(json(scaleDataset(real, 4, 5))).not.toBe(json(scaleDataset(real, 4, 6)));
  });
  it("1× is the real dataset; a factor below 1 or fractional is refused", () => {
    expect(scaleDataset(real, 1)).toBe(real);
    expect(() => scaleDataset(real, 0)).toThrow(/heltal/);
    expect(() => scaleDataset(real, 2.5)).toThrow(/heltal/);
  });
  it("adds earlier years only where the series has none", () => {
    const v = real.values.find((x) => /^\d{4}$/.test(x.period))!;
    const extra = syntheticValues([v], 4, mulberry32(1));
    expect(extra.map((x) => x.year)).toEqual([v.year - 1, v.year - 2, v.year - 3].filter((y) => y >= 1990));
    expect(syntheticValues([v, { ...v, year: v.year - 1, period: String(v.year - 1) }], 2, mulberry32(1))).toHaveLength(1);
  });
});

describe("copyForSearch", () => {
  it("is N times the real catalogue, with the real one first and every copy's id marked", () => {
    const s = copyForSearch(real, 10);
    expect(s.entries).toHaveLength(real.entries.length * 10);
    expect(s.indicators).toHaveLength(real.indicators.length * 10);
    expect(s.regions).toHaveLength(real.regions.length * 10);
    expect(s.entries.slice(0, real.entries.length)).toEqual(real.entries);
    expect(s.entries.slice(real.entries.length).every((e) => /-syn\d+$/.test(e.id))).toBe(true);
    expect(new Set(s.entries.map((e) => e.id)).size).toBe(s.entries.length);
  });
  it("is the same for the same seed, and different for another", () => {
    expect(copyForSearch(real, 3, 7)).toEqual(copyForSearch(real, 3, 7));
    expect(copyForSearch(real, 3, 7).entries[real.entries.length + 5].title).not.toBe(copyForSearch(real, 3, 8).entries[real.entries.length + 5].title);
  });
  it("parses with the real item schemas (region copies apart from their three-digit code)", () => {
    const s = copyForSearch(real, 3);
    for (const e of s.entries) entrySchema.parse(e);
    for (const t of s.themes) themeSchema.parse(t);
    for (const i of s.indicators) indicatorSchema.parse(i);
    for (const r of s.regions) regionSchema.parse({ ...r, code: r.code.slice(-2) });
  });
});
