/**
 * A real dataset made larger with seeded synthetic data, for benchmarks and test fixtures only: never written into data/.
 *
 * - `scaleDataset(real, factor)` (bench:scale, e2e/data-scale.spec.ts) keeps the regions, themes and indicators and
 *   multiplies what grows year by year: records (every record copied factor − 1 times, marked "[syntetisk k]" in the
 *   title and summary) and indicator years (each yearly series extended backwards, min(factor, 20) years per value,
 *   inside the schema's year range). Passes `parseDataset`.
 * - `copyForSearch(real, times)` (bench:search) copies regions, themes, indicators and records `times` times, each copy
 *   with a marked id and its words in a seeded order, so the search index holds `times` × the items. Region copies
 *   get three-digit codes (n·100 + code), which no county has: this is a search-index fixture, not a dataset.
 *
 * Same seed and factor, same output.
 */
import type { Dataset, Entry, IndicatorValue } from "../../lib/schema";
import { MIN_YEAR } from "../../lib/schema";
import { mulberry32, shuffleWords, type Rand } from "./prng";
import { SYNTHETIC_SEED } from "./records";

const WORDS = ["bredband", "kompetens", "innovation", "tillgänglighet", "besöksnäring", "klimat", "energi", "kollektivtrafik", "skog", "vatten", "digitalisering", "livsmedel"];

/** Copy k of a real record: marked as synthetic, with a nearby year and its numbers scaled by 0.5–1.5. */
export function markedCopy(e: Entry, k: number, rand: Rand): Entry {
  const word = WORDS[Math.floor(rand() * WORDS.length)];
  const year = e.year === null ? (rand() < 0.5 ? null : 2019 + Math.floor(rand() * 5)) : Math.max(MIN_YEAR, e.year - Math.floor(rand() * 3));
  return {
    ...e,
    id: `${e.id}-syn-${k}`,
    title: `[syntetisk ${k}] ${e.title}`,
    summary: `[syntetisk post för prestandatest, ${word}] ${e.summary}`,
    year,
    figures: e.figures.map((f) => (f.value === null ? f : { ...f, value: Math.round(f.value * (0.5 + rand()) * 10) / 10 })),
  };
}

/**
 * Synthetic earlier years of every yearly indicator series: years − 1 values before each real one (never before
 * MIN_YEAR, never where a value exists), each within ±20 % of the real value and noted as synthetic.
 */
export function syntheticValues(real: IndicatorValue[], years: number, rand: Rand): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  const taken = new Set(real.map((v) => `${v.indicator}|${v.region}|${v.period}`));
  for (const v of real) {
    if (!/^\d{4}$/.test(v.period)) continue;
    for (let k = 1; k < years; k++) {
      const year = v.year - k;
      const key = `${v.indicator}|${v.region}|${year}`;
      if (year < MIN_YEAR || taken.has(key)) continue;
      taken.add(key);
      out.push({ ...v, year, period: String(year), value: Math.round(v.value * (0.8 + 0.4 * rand()) * 100) / 100, note: "syntetiskt värde (prestandatest)" });
    }
  }
  return out;
}

export function scaleDataset(real: Dataset, factor: number, seed = 17): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`faktorn ska vara ett heltal ≥ 1, fick ${factor}`);
  if (factor === 1) return real;
  const rand = mulberry32(seed * 1000 + factor);
  const entries: Entry[] = [...real.entries];
  for (let k = 1; k < factor; k++) for (const e of real.entries) entries.push(markedCopy(e, k, rand));
  const values = [...real.values, ...syntheticValues(real.values, Math.min(factor, 20), rand)];
  return {
    ...real,
    meta: { ...real.meta, title: `${real.meta.title} – SYNTETISK ${factor}×`, builtAt: `${real.meta.builtAt}-syntetisk-${factor}x` },
    entries,
    values,
  };
}

export type SearchSource = Pick<Dataset, "regions" | "themes" | "indicators" | "entries">;

export function copyForSearch(d: SearchSource, times: number, seed = SYNTHETIC_SEED): SearchSource {
  const rand = mulberry32(seed);
  const copies = <T,>(list: T[], f: (x: T, n: number) => T) => Array.from({ length: times }, (_, n) => list.map((x) => (n === 0 ? x : f(x, n)))).flat();
  return {
    regions: copies(d.regions, (r, n) => ({ ...r, code: String(n * 100 + Number(r.code)).padStart(2, "0"), name: shuffleWords(`${r.name} syn${n}`, rand) })),
    themes: copies(d.themes, (t, n) => ({ ...t, slug: `${t.slug}-syn${n}`, nameSv: shuffleWords(t.nameSv, rand), nameEn: shuffleWords(t.nameEn, rand) })),
    indicators: copies(d.indicators, (i, n) => ({ ...i, id: `${i.id}_syn${n}`, nameSv: shuffleWords(i.nameSv, rand), nameEn: shuffleWords(i.nameEn, rand) })),
    entries: copies(d.entries, (e, n) => ({ ...e, id: `${e.id}-syn${n}`, title: shuffleWords(e.title, rand), summary: shuffleWords(e.summary, rand) })),
  };
}
