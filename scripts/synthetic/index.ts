/**
 * Seeded synthetic data for tests and benchmarks, in one place: one PRNG (prng.ts), synthetic records and table rows
 * (records.ts), and a real dataset made larger — records, indicator years, search copies (dataset.ts). Generated in
 * memory; callers write it to temp folders at most, never to data/. Not imported by app/, components/ or lib/.
 */
export { mulberry32, pick, shuffle, shuffleWords, type Rand } from "./prng";
export { SYNTHETIC_SEED, syntheticEntries, syntheticRows, syntheticThemes } from "./records";
export { copyForSearch, markedCopy, scaleDataset, syntheticValues, type SearchSource } from "./dataset";
