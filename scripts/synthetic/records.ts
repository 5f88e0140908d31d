/**
 * Clearly synthetic records ("Syntetisk post N") for the table benchmark: schema-valid entries in 13 synthetic themes
 * across the 21 regions and Riket, and the same entries as table rows (lib/derive/table-rows `toDataRow`).
 */
import { toDataRow, type DataRow } from "../../lib/derive/table-rows";
import { FUNDING_MEASURES, KINDS, NATIONAL_CODE, REGION_CODES, type Entry, type Theme } from "../../lib/schema";
import { mulberry32, pick, shuffle } from "./prng";

export const SYNTHETIC_SEED = 20230101;
const THEME_COUNT = 13;

const WORDS = [
  "bredband", "kompetens", "innovation", "näringsliv", "kollektivtrafik", "landsbygd", "integration", "klimat",
  "energi", "besöksnäring", "utbildning", "hälsa", "samverkan", "digitalisering", "bostäder", "kultur", "export",
  "forskning", "tillgänglighet", "vatten",
];

/** The themes the synthetic records belong to ("syntetiskt-tema-1" … "-13"). */
export function syntheticThemes(): Theme[] {
  return Array.from({ length: THEME_COUNT }, (_, i) => ({
    slug: `syntetiskt-tema-${i + 1}`,
    nameSv: `Syntetiskt tema ${i + 1}`,
    nameEn: `Synthetic theme ${i + 1}`,
    group: "rapportomrade",
    descriptionSv: "Syntetiskt tema för prestandatest.",
    descriptionEn: "Synthetic theme for performance tests.",
  }));
}

/** n synthetic records in a seeded order. Anslag records carry a funding note, so they also pass the dataset's checks. */
export function syntheticEntries(n: number, seed = SYNTHETIC_SEED): Entry[] {
  const rand = mulberry32(seed);
  const regions = [...REGION_CODES, NATIONAL_CODE];
  const themes = syntheticThemes().map((t) => t.slug);
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const region = pick(rand, regions);
    const theme = pick(rand, themes);
    const words = Array.from({ length: 8 + Math.floor(rand() * 13) }, () => pick(rand, WORDS));
    const kind = pick(rand, KINDS);
    const figures = rand() < 0.4 ? [{ label: "Syntetiskt värde", text: String(Math.floor(rand() * 1000)), value: null, unit: "st" }] : [];
    const year = rand() < 0.15 ? null : 2019 + Math.floor(rand() * 6);
    const actor = rand() < 0.2 ? `Syntetisk aktör ${Math.floor(rand() * 50)}` : undefined;
    entries.push({
      id: `syntetisk-${i + 1}`, region, theme, kind,
      title: `Syntetisk post ${i + 1}`,
      summary: `Syntetisk sammanfattning: ${words.join(" ")}.`,
      figures, year, actor,
      period: { kind: "ar", from: year, to: year },
      ...(kind === "anslag" ? { funding: { measure: FUNDING_MEASURES[0], noteSv: "Syntetiskt belopp.", noteEn: "Synthetic amount." } } : {}),
      source: { url: `https://example.invalid/syntetisk/${i + 1}`, title: "Syntetisk källa", type: "tredje-part" },
    });
  }
  return shuffle(entries, rand);
}

/** The synthetic records as the records table's rows. In memory only; never written anywhere. */
export function syntheticRows(n: number, seed = SYNTHETIC_SEED): DataRow[] {
  const themeName = new Map(syntheticThemes().map((t) => [t.slug, t.nameSv]));
  return syntheticEntries(n, seed).map((e) => toDataRow(e, `Syntetisk region ${e.region}`, themeName.get(e.theme) ?? e.theme));
}
