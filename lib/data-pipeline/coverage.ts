/** Coverage figures of a dataset, printed by `npm run data:coverage` and the build report (issue 15). Pure. */
import { NATIONAL_CODE } from "../kinds";

type Cov = {
  regions: { code: string }[];
  themes: { slug: string }[];
  entries: { region: string; theme: string; year: number | null }[];
  indicators: { id: string; themes: string[]; fragment: boolean }[];
  values: { indicator: string; region: string; year: number }[];
};

export type Coverage = {
  cells: number;
  emptyCells: number;
  entries: number;
  entries2023: number;
  indicatorsFrom2023: string[];
  themesWithFullIndicator: string[];
  themesWithoutFullIndicator: string[];
};

export function coverage(d: Cov): Coverage {
  const filled = new Set(d.entries.filter((e) => e.region !== NATIONAL_CODE).map((e) => `${e.region}|${e.theme}`));
  let empty = 0;
  for (const r of d.regions) for (const t of d.themes) if (!filled.has(`${r.code}|${t.slug}`)) empty++;
  const latest = new Map<string, number>();
  for (const v of d.values) latest.set(v.indicator, Math.max(latest.get(v.indicator) ?? -Infinity, v.year));
  // "Official indicator for all 21 län": not a fragment (some year has all 21 län).
  const full = (slug: string) => d.indicators.some((i) => !i.fragment && i.themes.includes(slug));
  return {
    cells: d.regions.length * d.themes.length,
    emptyCells: empty,
    entries: d.entries.length,
    entries2023: d.entries.filter((e) => e.year === 2023).length,
    indicatorsFrom2023: d.indicators.filter((i) => !i.fragment && (latest.get(i.id) ?? 0) >= 2023).map((i) => i.id),
    themesWithFullIndicator: d.themes.filter((t) => full(t.slug)).map((t) => t.slug),
    themesWithoutFullIndicator: d.themes.filter((t) => !full(t.slug)).map((t) => t.slug),
  };
}

export function coverageLines(c: Coverage): string[] {
  return [
    `tomma region × tema-celler: ${c.emptyCells} av ${c.cells}`,
    `poster som gäller 2023: ${c.entries2023} av ${c.entries}`,
    `indikatorer (ej fragment, alla 21 län) med värde för 2023 eller senare: ${c.indicatorsFrom2023.length} (${c.indicatorsFrom2023.join(", ")})`,
    `teman med en officiell indikator för alla 21 län: ${c.themesWithFullIndicator.length} av ${c.themesWithFullIndicator.length + c.themesWithoutFullIndicator.length}` +
      (c.themesWithoutFullIndicator.length ? ` (saknas: ${c.themesWithoutFullIndicator.join(", ")})` : ""),
  ];
}
