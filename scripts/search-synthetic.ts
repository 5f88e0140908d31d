/**
 * A seeded synthetic dataset ×N for the search benchmark: every region, theme, indicator and record of the real
 * dataset N times, each copy with a marked id ("-syn3") and its title words shuffled by a seeded PRNG, so copies
 * are not identical strings. Generated in memory, never written to data/, never shown as real.
 */
import type { Dataset } from "../lib/schema";

/** Seeded PRNG (mulberry32): the same dataset on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffleWords(s: string, rnd: () => number): string {
  const w = s.split(" ");
  for (let i = w.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [w[i], w[j]] = [w[j], w[i]];
  }
  return w.join(" ");
}

type Source = Pick<Dataset, "regions" | "themes" | "indicators" | "entries">;

export function syntheticDataset(d: Source, times: number, seed = 20230101): Source {
  const rnd = mulberry32(seed);
  const copies = <T,>(list: T[], f: (x: T, n: number) => T) => Array.from({ length: times }, (_, n) => list.map((x) => (n === 0 ? x : f(x, n)))).flat();
  return {
    regions: copies(d.regions, (r, n) => ({ ...r, code: String(n * 100 + Number(r.code)).padStart(2, "0"), name: shuffleWords(`${r.name} syn${n}`, rnd) })),
    themes: copies(d.themes, (t, n) => ({ ...t, slug: `${t.slug}-syn${n}`, nameSv: shuffleWords(t.nameSv, rnd), nameEn: shuffleWords(t.nameEn, rnd) })),
    indicators: copies(d.indicators, (i, n) => ({ ...i, id: `${i.id}_syn${n}`, nameSv: shuffleWords(i.nameSv, rnd), nameEn: shuffleWords(i.nameEn, rnd) })),
    entries: copies(d.entries, (e, n) => ({ ...e, id: `${e.id}-syn${n}`, title: shuffleWords(e.title, rnd), summary: shuffleWords(e.summary, rnd) })),
  };
}
