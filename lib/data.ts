/**
 * Reads data/dataset.json (or REGIONLAGET_DATASET, lib/dataset-file) once on the server and validates it at the boundary.
 * Pages call these lookups; nothing downstream re-validates. Never import this from a client component.
 */
import fs from "node:fs";
import { datasetFile } from "./dataset-file";
import { parseDataset, NATIONAL_CODE, type Dataset, type Entry, type Indicator, type Region, type Theme } from "./schema";
import { collator } from "./format";

let cached: Dataset | null = null;

export function getDataset(): Dataset {
  if (!cached) {
    cached = parseDataset(JSON.parse(fs.readFileSync(datasetFile(), "utf8")));
  }
  return cached;
}

export function getRegions(): Region[] {
  return [...getDataset().regions].sort((a, b) => a.code.localeCompare(b.code));
}
export function getRegion(code: string): Region | undefined {
  return getDataset().regions.find((r) => r.code === code);
}
export function getThemes(): Theme[] {
  return getDataset().themes;
}
export function getTheme(slug: string): Theme | undefined {
  return getDataset().themes.find((t) => t.slug === slug);
}
export function getIndicator(id: string): Indicator | undefined {
  return getDataset().indicators.find((i) => i.id === id);
}
export function entriesForRegion(code: string): Entry[] {
  return getDataset().entries.filter((e) => e.region === code);
}
export function entriesForTheme(slug: string): Entry[] {
  return getDataset().entries.filter((e) => e.theme === slug);
}
export function regionLabel(code: string): string {
  if (code === NATIONAL_CODE) return "Alla regioner";
  return getRegion(code)?.organisation ?? code;
}
export function regionsByName(): Region[] {
  return [...getDataset().regions].sort((a, b) => collator.compare(a.name, b.name));
}
