/** npm run data:validate [path] — checks data/dataset.json (or the given file) against lib/schema.ts. */
import fs from "node:fs";
import path from "node:path";
import { check, datasetSchema } from "../lib/schema";

const file = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "data", "dataset.json"));
let json: unknown;
try {
  json = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (e) {
  console.error(`✖ ${file}: ${(e as Error).message}`);
  process.exit(1);
}
const r = check(datasetSchema, json);
if (!r.ok) {
  console.error(`✖ ${path.relative(process.cwd(), file)}: ${r.problems.length} problem`);
  for (const p of r.problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`OK: ${r.data.entries.length} poster, ${r.data.indicators.length} indikatorer, ${r.data.values.length} värden`);
