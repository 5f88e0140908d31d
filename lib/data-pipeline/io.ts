/** File loading for the build/validate scripts (the only non-pure module in lib/data-pipeline). */
import fs from "node:fs";
import path from "node:path";
import { parseCsvRecords } from "./csv";
import { IMPORTED_ENTRIES_FILE, IMPORTED_INDICATORS_FILE, IMPORTED_VALUES_FILE } from "./imported";
import type { BuildInput, MetaInput } from "./types";

export const ACTIVITY_FILES = [
  "activities-2023.sources.json",
  "activities-2023.more.sources.json",
  "activities-2023.fourth.sources.json",
  "activities-2023.fifth.sources.json",
  "activities-2023.sixth.sources.json",
];
export const CONCLUSIONS_FILE = "conclusions.json";
export const INDICATOR_FILES = ["indicators.sources.csv", "indicators.more.sources.csv", "indicators.third.sources.csv", "indicators.fourth.sources.csv"];

const readJson = (p: string): unknown => {
  try {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  } catch (e) {
    throw new Error(`${p}: ${(e as Error).message}`);
  }
};

/** The curated metadata in data/meta/ (small; enough to validate an import's rows before the full build). */
export function loadMetaInput(dataDir: string): MetaInput {
  const m = (f: string) => readJson(path.join(dataDir, "meta", f));
  const optional = (f: string) => (fs.existsSync(path.join(dataDir, "meta", f)) ? m(f) : undefined);
  return {
    meta: m("meta.json"),
    regions: m("regions.json"),
    regionNames: m("region-names.json"),
    themes: m("themes.json"),
    themeMap: m("theme-map.json"),
    actors: m("actors.json"),
    strategies: m("strategies.json"),
    indicators: m("indicators.json"),
    sourceTitles: m("source-titles.json"),
    gaps: m("gaps.json"),
    sourceTypes: optional("source-types.json"),
    corrections: optional("corrections.json"),
    funding: optional("funding.json"),
  } as MetaInput;
}

/** The files written by `npm run data:import`, each only when it exists (none exists in a fresh checkout). */
export function loadImported(dataDir: string): Pick<BuildInput, "importedEntries" | "importedValues" | "importedIndicators"> {
  const src = path.join(dataDir, "sources");
  const has = (f: string) => fs.existsSync(path.join(src, f));
  const out: Pick<BuildInput, "importedEntries" | "importedValues" | "importedIndicators"> = {};
  if (has(IMPORTED_ENTRIES_FILE)) out.importedEntries = { file: IMPORTED_ENTRIES_FILE, data: readJson(path.join(src, IMPORTED_ENTRIES_FILE)) };
  if (has(IMPORTED_INDICATORS_FILE)) out.importedIndicators = { file: IMPORTED_INDICATORS_FILE, data: readJson(path.join(src, IMPORTED_INDICATORS_FILE)) };
  if (has(IMPORTED_VALUES_FILE)) {
    try {
      out.importedValues = { file: IMPORTED_VALUES_FILE, rows: parseCsvRecords(fs.readFileSync(path.join(src, IMPORTED_VALUES_FILE), "utf8")) };
    } catch (e) {
      throw new Error(`${IMPORTED_VALUES_FILE}: ${(e as Error).message}`);
    }
  }
  return out;
}

export function loadBuildInput(dataDir: string): BuildInput {
  const src = path.join(dataDir, "sources");
  const meta = loadMetaInput(dataDir);
  const activities = ACTIVITY_FILES.map((file) => {
    const records = readJson(path.join(src, file));
    if (!Array.isArray(records)) throw new Error(`${file}: ska vara en JSON-lista`);
    return { file, records };
  });
  // The report's conclusions written in our own words (data/meta/conclusions.json, same format as the activity files).
  const conclusions = path.join(dataDir, "meta", CONCLUSIONS_FILE);
  if (fs.existsSync(conclusions)) {
    const records = readJson(conclusions);
    if (!Array.isArray(records)) throw new Error(`meta/${CONCLUSIONS_FILE}: ska vara en JSON-lista`);
    activities.push({ file: `meta/${CONCLUSIONS_FILE}`, records });
  }
  // Any other indicators*.csv dropped into data/sources is picked up too (a new file is a data-only change).
  const extra = fs.readdirSync(src).filter((f) => /^indicators\..*\.csv$/.test(f) && !INDICATOR_FILES.includes(f)).sort();
  const indicatorFiles = [...INDICATOR_FILES, ...extra].map((file) => {
    try {
      return { file, rows: parseCsvRecords(fs.readFileSync(path.join(src, file), "utf8")) };
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
  });
  const mapIds = parseCsvRecords(fs.readFileSync(path.join(src, "sweden-counties.id-to-lan-code.csv"), "utf8"));
  const svg = fs.readFileSync(path.join(src, "sweden-counties.svg"), "utf8");
  const svgIds = [...svg.matchAll(/<path[^>]*\sid="([^"]+)"/g)].map((x) => x[1]);
  // Files written by `npm run data:import` (see data/README.md, "Importera egna data"); absent → nothing changes.
  return { activities, indicatorFiles, meta, mapIds, svgIds, ...loadImported(dataDir) };
}

/** Write via a temp file in the same directory + rename, so readers never see a half-written file. */
export function writeAtomic(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, content);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
