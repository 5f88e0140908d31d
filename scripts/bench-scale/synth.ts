/**
 * Seeded synthetic datasets with the real schema, for benchmarks and test fixtures only: never written into data/.
 * `scaleDataset(real, factor)` keeps the regions, themes and indicators and multiplies what grows year by year:
 * records (every region's records per theme × factor, marked "[syntetisk]" in the title and summary) and indicator
 * years (each numeric series extended backwards, min(factor, 20) years per value, inside the schema's year range).
 * Same seed and factor, same file.
 */
import type { Dataset, Entry, IndicatorValue } from "../../lib/schema";
import { MIN_YEAR } from "../../lib/schema";

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["bredband", "kompetens", "innovation", "tillgänglighet", "besöksnäring", "klimat", "energi", "kollektivtrafik", "skog", "vatten", "digitalisering", "livsmedel"];

function syntheticEntry(e: Entry, k: number, rand: () => number): Entry {
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

export function scaleDataset(real: Dataset, factor: number, seed = 17): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`faktorn ska vara ett heltal ≥ 1, fick ${factor}`);
  if (factor === 1) return real;
  const rand = rng(seed * 1000 + factor);
  const entries: Entry[] = [...real.entries];
  for (let k = 1; k < factor; k++) for (const e of real.entries) entries.push(syntheticEntry(e, k, rand));

  const years = Math.min(factor, 20);
  const values: IndicatorValue[] = [...real.values];
  const taken = new Set(real.values.map((v) => `${v.indicator}|${v.region}|${v.period}`));
  for (const v of real.values) {
    if (!/^\d{4}$/.test(v.period)) continue;
    for (let k = 1; k < years; k++) {
      const year = v.year - k;
      const key = `${v.indicator}|${v.region}|${year}`;
      if (year < MIN_YEAR || taken.has(key)) continue;
      taken.add(key);
      values.push({ ...v, year, period: String(year), value: Math.round(v.value * (0.8 + 0.4 * rand()) * 100) / 100, note: "syntetiskt värde (prestandatest)" });
    }
  }
  return {
    ...real,
    meta: { ...real.meta, title: `${real.meta.title} – SYNTETISK ${factor}×`, builtAt: `${real.meta.builtAt}-syntetisk-${factor}x` },
    entries,
    values,
  };
}
