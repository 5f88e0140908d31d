/** The seeded generator of clearly synthetic records for the benchmarks (in memory only; never written to data/). */
import { toDataRow, type DataRow } from "../../lib/derive/table-rows";
import { KINDS, NATIONAL_CODE, REGION_CODES, type Entry } from "../../lib/schema";

/** Seeded PRNG (mulberry32): the same rows on every run. */
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

const WORDS = [
  "bredband", "kompetens", "innovation", "näringsliv", "kollektivtrafik", "landsbygd", "integration", "klimat",
  "energi", "besöksnäring", "utbildning", "hälsa", "samverkan", "digitalisering", "bostäder", "kultur", "export",
  "forskning", "tillgänglighet", "vatten",
];

/** Clearly synthetic rows, built with the app's own toDataRow. In memory only; never written anywhere. */
export function syntheticRows(n: number, seed = 20230101): DataRow[] {
  const rnd = mulberry32(seed);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const regions = [...REGION_CODES, NATIONAL_CODE];
  const themes = Array.from({ length: 13 }, (_, i) => `syntetiskt-tema-${i + 1}`);
  const rows: DataRow[] = [];
  for (let i = 0; i < n; i++) {
    const region = pick(regions);
    const theme = pick(themes);
    const words = Array.from({ length: 8 + Math.floor(rnd() * 13) }, () => pick(WORDS));
    const e: Entry = {
      id: `syntetisk-${i + 1}`, region, theme, kind: pick(KINDS),
      title: `Syntetisk post ${i + 1}`,
      summary: `Syntetisk sammanfattning: ${words.join(" ")}.`,
      figures: rnd() < 0.4 ? [{ label: "Syntetiskt värde", text: String(Math.floor(rnd() * 1000)), value: null, unit: "st" }] : [],
      year: rnd() < 0.15 ? null : 2019 + Math.floor(rnd() * 6),
      actor: rnd() < 0.2 ? `Syntetisk aktör ${Math.floor(rnd() * 50)}` : undefined,
      period: { kind: "ar", from: null, to: null },
      source: { url: `https://example.invalid/syntetisk/${i + 1}`, title: "Syntetisk källa", type: "tredje-part" },
    };
    e.period = { kind: "ar", from: e.year, to: e.year };
    rows.push(toDataRow(e, `Syntetisk region ${region}`, `Syntetiskt tema ${theme.split("-").pop()}`));
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}
