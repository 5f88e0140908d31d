import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../lib/schema";
import { syntheticDataset } from "./search-synthetic";

const d: Dataset = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "dataset.json"), "utf8"));

describe("synthetic dataset for the search benchmark", () => {
  it("is N times the real one, with the real one first and every copy's id marked", () => {
    const s = syntheticDataset(d, 10);
    expect(s.entries).toHaveLength(d.entries.length * 10);
    expect(s.indicators).toHaveLength(d.indicators.length * 10);
    expect(s.entries.slice(0, d.entries.length)).toEqual(d.entries);
    expect(s.entries.slice(d.entries.length).every((e) => /-syn\d+$/.test(e.id))).toBe(true);
    expect(new Set(s.entries.map((e) => e.id)).size).toBe(s.entries.length);
  });
  it("is the same for the same seed, and different for another", () => {
    expect(syntheticDataset(d, 3, 7)).toEqual(syntheticDataset(d, 3, 7));
    expect(syntheticDataset(d, 3, 7).entries[d.entries.length + 5].title).not.toBe(syntheticDataset(d, 3, 8).entries[d.entries.length + 5].title);
  });
});
