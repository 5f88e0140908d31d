/** Steps: regions (with their map id) and themes. Pure. */
import type { Region, Theme } from "../../schema";
import { slugify } from "../text";
import type { MetaInput, StepLog } from "../types";

export function buildRegions(meta: MetaInput, mapIds: Record<string, string>[], svgIds: string[] | undefined, log: StepLog): Region[] {
  return meta.regions.map((r, i) => {
    const row = mapIds.find((m) => m.region_code === r.code);
    if (!row) {
      log.problems.push(`regions[${i}].mapId: landskod "${r.code}" saknas i sweden-counties.id-to-lan-code.csv`);
      return { ...r, mapId: "saknas" };
    }
    if (row.region_name !== r.county) log.problems.push(`regions[${i}].county: "${r.county}" men kartfilen säger "${row.region_name}"`);
    if (svgIds && !svgIds.includes(row.svg_id)) log.problems.push(`regions[${i}].mapId: id "${row.svg_id}" finns inte i SVG-kartan`);
    return { code: r.code, name: r.name, county: r.county, organisation: r.organisation, nameEn: r.nameEn, mapId: slugify(row.svg_id) };
  });
}

export function buildThemes(meta: MetaInput, log: StepLog): { themes: Theme[]; bySourceName: Map<string, string> } {
  const themes: Theme[] = meta.themes.map((t) => ({
    slug: t.slug, nameSv: t.nameSv, nameEn: t.nameEn, group: t.group, descriptionSv: t.descriptionSv, descriptionEn: t.descriptionEn,
  }));
  const bySourceName = new Map<string, string>();
  meta.themes.forEach((t) => t.sourceNames.forEach((n) => bySourceName.set(n, t.slug)));
  const slugs = new Set(themes.map((t) => t.slug));
  for (const [title, m] of Object.entries(meta.themeMap.byTitle)) {
    if (!slugs.has(m.theme)) log.problems.push(`theme-map.json: "${title}" pekar på okänt tema "${m.theme}"`);
  }
  for (const [prefix, slug] of Object.entries(meta.themeMap.byPrefix ?? {})) {
    if (!slugs.has(slug)) log.problems.push(`theme-map.json: prefixet "${prefix}" pekar på okänt tema "${slug}"`);
  }
  return { themes, bySourceName };
}
