/** npm run data:coverage [file] — coverage of data/dataset.json (or another dataset file): empty cells, 2023 records, fresh indicators. */
import fs from "node:fs";
import path from "node:path";
import { coverage, coverageLines } from "../lib/data-pipeline/coverage";

const file = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "data", "dataset.json"));
const d = JSON.parse(fs.readFileSync(file, "utf8"));
console.log(`Täckning för ${path.relative(process.cwd(), file)}:`);
for (const line of coverageLines(coverage(d))) console.log(`  ${line}`);
