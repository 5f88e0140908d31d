/** Pure builders over records (entries): counts per region and theme, grouped lists. */
import { KINDS, type Entry, type Kind, type Region, type Theme } from "../schema";

export type KindCounts = Record<Kind, number>;

export function emptyKindCounts(): KindCounts {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as KindCounts;
}

export type CoverageCell = { theme: string; count: number; byKind: KindCounts };
export type CoverageRow = { region: string; label: string; cells: CoverageCell[]; total: number };
export type Coverage = { rows: CoverageRow[]; themeTotals: number[]; total: number; max: number };

/** Records per region per theme. Every region × theme cell is present, empty cells have count 0. */
export function coverageMatrix(entries: Entry[], regions: Pick<Region, "code" | "name">[], themes: Pick<Theme, "slug">[]): Coverage {
  const idx = new Map<string, CoverageCell>();
  const rows: CoverageRow[] = regions.map((r) => {
    const cells = themes.map((t) => {
      const cell: CoverageCell = { theme: t.slug, count: 0, byKind: emptyKindCounts() };
      idx.set(`${r.code}|${t.slug}`, cell);
      return cell;
    });
    return { region: r.code, label: r.name, cells, total: 0 };
  });
  const rowByCode = new Map(rows.map((r) => [r.region, r]));
  for (const e of entries) {
    const cell = idx.get(`${e.region}|${e.theme}`);
    if (!cell) continue;
    cell.count += 1;
    cell.byKind[e.kind] += 1;
    rowByCode.get(e.region)!.total += 1;
  }
  const themeTotals = themes.map((_, j) => rows.reduce((s, r) => s + r.cells[j].count, 0));
  const max = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.count)));
  return { rows, themeTotals, total: themeTotals.reduce((a, b) => a + b, 0), max };
}

/** 0 for empty, 1–4 for increasing counts relative to the maximum (for shading; the number is always printed too). */
export function countLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  if (max <= 4) return Math.min(4, count) as 1 | 2 | 3 | 4;
  return Math.max(1, Math.min(4, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}

export type CountRow = { key: string; label: string; count: number; byKind: KindCounts };

/** One row per group (theme or region), in the groups' order, counting the entries whose `field` is the group's key. */
function countsBy<G>(entries: Entry[], groups: readonly G[], field: "theme" | "region", key: (g: G) => string, label: (g: G) => string): CountRow[] {
  return groups.map((g) => {
    const byKind = emptyKindCounts();
    let count = 0;
    for (const e of entries) if (e[field] === key(g)) { count++; byKind[e.kind]++; }
    return { key: key(g), label: label(g), count, byKind };
  });
}

/** Records per theme for one region's entries, in theme order, including themes with zero records. */
export function countsByTheme(entries: Entry[], themes: Pick<Theme, "slug" | "nameSv">[]): CountRow[] {
  return countsBy(entries, themes, "theme", (t) => t.slug, (t) => t.nameSv);
}

/** Records per region for one theme's entries, all regions included (zero where none). */
export function countsByRegion(entries: Entry[], regions: Pick<Region, "code" | "name">[]): CountRow[] {
  return countsBy(entries, regions, "region", (r) => r.code, (r) => r.name);
}

/**
 * Rows for a records bar chart: highest count first; ties keep the order the rows came in (the dataset's theme or
 * region order). The chart, its table twin and its exports all take this one order.
 */
export function byCountDesc<T extends { count: number }>(rows: readonly T[]): T[] {
  return rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.count - a.r.count || a.i - b.i).map((x) => x.r);
}

/** Group entries by theme in theme order, skipping themes without entries. */
export function groupByTheme<T extends Pick<Entry, "theme">>(entries: T[], themes: Pick<Theme, "slug">[]): { theme: string; entries: T[] }[] {
  return themes
    .map((t) => ({ theme: t.slug, entries: entries.filter((e) => e.theme === t.slug) }))
    .filter((g) => g.entries.length > 0);
}

const KIND_ORDER: Record<Kind, number> = { strategi: 0, insats: 1, resultat: 2, anslag: 3, slutsats: 4 };

/** Stable display order: kind, then newest year first (missing year last), then title. */
export function sortEntries<T extends Pick<Entry, "kind" | "year" | "title">>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
      a.title.localeCompare(b.title, "sv"),
  );
}
