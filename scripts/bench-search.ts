/**
 * npm run bench:search — search latency per keystroke on a seeded synthetic dataset ×10 (scripts/synthetic/, `copyForSearch`).
 *
 * For each test query, types it one character at a time and times what the header search does on each keystroke:
 * rank every item (lib/search/rank `search`) and group the hits. Measured on the compact index the browser gets
 * (names only) and on the full index /sok uses on the server (with summaries). Node.js in-process wall-clock timing
 * (performance.now()), not a browser; a phone is slower. Prints figures; asserts nothing. Flags: --times N (default 10),
 * --reps N (default 20).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { Dataset } from "../lib/schema";
import { buildWireIndex, indexFromWire, type SearchIndex } from "../lib/search/search-index";
import { groupHits, search } from "../lib/search/rank";
import { invertedOf } from "../lib/search/inverted";
import { copyForSearch } from "./synthetic";

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const TIMES = arg("times", 10);
const REPS = arg("reps", 20);
const QUERIES = ["Gotland", "bredband", "BRP", "klimat", "kompetensförsörjning", "västerbotten 2023", "innovation företag", "24", "xyzzy"];
const TARGET_MS = 50;
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(" ");

const real: Dataset = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "dataset.json"), "utf8"));
const data = copyForSearch(real, TIMES);

function quantile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function bench(label: string, summaries: boolean) {
  const wire = buildWireIndex(data, { summaries });
  const json = JSON.stringify(wire);
  const t0 = performance.now();
  const index: SearchIndex = indexFromWire(JSON.parse(json));
  invertedOf(index);
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  // One unmeasured round first (the JIT warms up, as it would after a few keystrokes in a browser).
  for (let r = -1; r < REPS; r++) {
    for (const q of QUERIES) {
      for (let k = 1; k <= q.length; k++) {
        const s = performance.now();
        groupHits(search(index, q.slice(0, k)), 4);
        if (r >= 0) times.push(performance.now() - s);
      }
    }
  }
  times.sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(2).replace(".", ",");
  console.log(
    `| ${label} | ${index.items.length} | ${f(json.length / 1024)} / ${f(zlib.gzipSync(json).length / 1024)} KiB | ${f(buildMs)} ms | `
      + `${f(quantile(times, 0.5))} | ${f(quantile(times, 0.95))} | ${f(quantile(times, 0.99))} | ${f(times[times.length - 1])} ms | ${times[times.length - 1] < TARGET_MS ? "✔" : "✘"} |`,
  );
}

console.log(`Search latency per keystroke, dataset ×${TIMES} (seeded synthetic), ${QUERIES.length} queries typed one character at a time, ${REPS} repetitions; Node ${process.version}, in-process; load average ${load()}.`);
console.log(`Target: every keystroke under ${TARGET_MS} ms.\n`);
console.log("| index | items | size raw / gzip | index build | median | p95 | p99 | max | < 50 ms |");
console.log("|---|---|---|---|---|---|---|---|---|");
bench("header (compact, browser)", false);
bench("/sok (full, server)", true);
