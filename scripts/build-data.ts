/**
 * npm run data:build — data/sources/* + data/meta/*.json → data/dataset.json.
 * Writes only if the result passes parseDataset; otherwise prints every problem and exits 1.
 */
import fs from "node:fs";
import path from "node:path";
import { check, datasetSchema, type Dataset } from "../lib/schema";
import { diffDatasets, summarise } from "../lib/data-pipeline/diff";
import { loadBuildInput, writeAtomic } from "../lib/data-pipeline/io";
import { buildDataset } from "../lib/data-pipeline/normalize";

const root = path.resolve(__dirname, "..");
// Optional argv[2]: another data directory with the same layout (used to try changes on a copy).
const dataDir = path.resolve(process.argv[2] ?? path.join(root, "data"));
const out = path.join(dataDir, "dataset.json");

function fail(problems: string[]): never {
  console.error(`✖ data:build stoppad – ${problems.length} problem, inget skrevs:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

let input;
try {
  input = loadBuildInput(dataDir);
} catch (e) {
  fail([(e as Error).message]);
}
const { dataset, problems, report } = buildDataset(input);
for (const line of report) console.log(`  ${line}`);
if (problems.length) fail(problems);

const checked = check(datasetSchema, dataset);
if (!checked.ok) fail(checked.problems);

let old: Dataset | null = null;
if (fs.existsSync(out)) {
  try {
    old = JSON.parse(fs.readFileSync(out, "utf8"));
  } catch {
    console.log("  (befintlig dataset.json gick inte att läsa – ingen diff)");
  }
}
console.log("Ändringar:");
for (const line of diffDatasets(old && Array.isArray(old.entries) && Array.isArray(old.values) ? old : null, checked.data)) console.log(`  ${line}`);

writeAtomic(out, JSON.stringify(checked.data, null, 2) + "\n");
console.log(`✔ skrev ${path.relative(process.cwd(), out)}: ${summarise(checked.data)}, ${checked.data.strategies.length} strategier, ${checked.data.smartSpecialisation.length} smart specialisering, ${checked.data.gaps.length} luckor`);
