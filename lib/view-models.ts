/** Server-side helpers that turn the dataset into the plain props client components take. */
import { getDataset, regionLabel } from "./data";
import { toDataRow, type DataRow } from "./derive/table-rows";
import type { Entry } from "./schema";
import { NATIONAL_CODE } from "./schema";
import { collator } from "./format";

export function dataRows(entries: Entry[]): DataRow[] {
  const d = getDataset();
  const themeName = new Map(d.themes.map((t) => [t.slug, t.nameSv]));
  return entries.map((e) => toDataRow(e, regionLabel(e.region), themeName.get(e.theme) ?? e.theme));
}

export function regionOptions(includeNational = true) {
  const d = getDataset();
  const opts = [...d.regions]
    .sort((a, b) => collator.compare(a.organisation, b.organisation))
    .map((r) => ({ value: r.code, label: r.organisation }));
  return includeNational ? [...opts, { value: NATIONAL_CODE, label: "Alla regioner (nationellt)" }] : opts;
}

export function themeOptions() {
  return getDataset().themes.map((t) => ({ value: t.slug, label: t.nameSv }));
}

export function yearsOf(entries: Entry[]): number[] {
  return [...new Set(entries.map((e) => e.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}
