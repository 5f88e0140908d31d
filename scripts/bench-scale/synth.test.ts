import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { parseDataset } from "../../lib/schema";
import { scaleDataset } from "./synth";

const real = parseDataset(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "dataset.json"), "utf8")));

describe("scaleDataset", () => {
  it("multiplies the records per region and theme and passes the schema", () => {
    const ten = parseDataset(scaleDataset(real, 10));
    expect(ten.entries).toHaveLength(real.entries.length * 10);
    const count = (d: typeof real, r: string) => d.entries.filter((e) => e.region === r).length;
    expect(count(ten, "09")).toBe(count(real, "09") * 10);
    expect(ten.values.length).toBeGreaterThan(real.values.length);
    expect(ten.meta.builtAt).toBe(`${real.meta.builtAt}-syntetisk-10x`);
  });
  it("marks every synthetic record as such", () => {
    const extra = scaleDataset(real, 3).entries.slice(real.entries.length);
    expect(extra.every((e) => e.title.startsWith("[syntetisk") && e.summary.startsWith("[syntetisk"))).toBe(true);
  });
  it("is the same for the same seed", () => {
    expect(JSON.stringify(scaleDataset(real, 4, 5))).toBe(JSON.stringify(scaleDataset(real, 4, 5)));
  });
  it("1× is the real dataset", () => {
    expect(scaleDataset(real, 1)).toBe(real);
  });
});
