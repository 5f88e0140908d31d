/**
 * The static charts' cache: one JSON file per drawn chart, named by a hash of everything that decides the drawing
 * (kind, props, widths, and the source of the drawing code). No React, no Next: used by the renderer and by the
 * route that hands a chart's props to the live chart on intent.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export type ChartKind = "bar" | "line";
export type CachedChart = { kind: ChartKind; widths: number[]; props: unknown; html: string[] };

/** Where the drawn charts live: beside Next's own build cache, kept across builds, never committed. */
export const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "cache", "static-charts");
/** On-demand views (query parameters) can be many: past this many files the oldest are removed. */
export const MAX_FILES = 3000;
const KEY = /^[0-9a-f]{24}$/;

/** Files whose content decides how a chart is drawn; a change in any of them gives every chart a new key. */
const DRAWING_SOURCES = [
  "components/charts/HorizontalBarChart.tsx", "components/charts/TimeSeriesChart.tsx", "components/charts/chart-types.ts",
  "components/charts/ChartText.tsx", "components/charts/SvgLegend.tsx", "lib/chart-layout/bars.ts", "lib/chart-layout/font-metrics.ts",
  "lib/chart-layout/legend.ts", "lib/chart-layout/measure.ts", "lib/chart-layout/ticks.ts", "lib/chart-layout/time-series.ts",
  "lib/chart-layout/wrap.ts",
  "components/charts/chart-width.ts", "lib/palette.ts", "lib/static-chart/postprocess.ts", "scripts/chart-render-worker.tsx",
  "node_modules/recharts/package.json", "node_modules/happy-dom/package.json",
  // The standalone server has none of the files above, only the bundled worker, which holds all of them.
  "chart-render-worker.mjs",
];
let version: string | undefined;
function drawingVersion(): string {
  if (version === undefined) {
    const h = createHash("sha256");
    for (const f of DRAWING_SOURCES) {
      try { h.update(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), f))); } catch { h.update(`missing:${f}`); }
    }
    version = h.digest("hex");
  }
  return version;
}

export function chartKey(kind: ChartKind, props: unknown, widths: number[]): string {
  return createHash("sha256").update(drawingVersion()).update(JSON.stringify([kind, widths, props])).digest("hex").slice(0, 24);
}

export function isChartKey(key: string): boolean {
  return KEY.test(key);
}

export function readCached(key: string): CachedChart | undefined {
  if (!isChartKey(key)) return undefined;
  try {
    return JSON.parse(readFileSync(path.join(CACHE_DIR, `${key}.json`), "utf8")) as CachedChart;
  } catch {
    return undefined;
  }
}

let writes = 0;
export function writeCached(key: string, chart: CachedChart): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = path.join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(chart));
    // rename is atomic: a reader never sees half a file.
    renameSync(tmp, path.join(CACHE_DIR, `${key}.json`));
    if (++writes % 100 === 0) prune();
  } catch {
    // A read-only disk only costs the cache: the chart is still drawn.
  }
}

function prune() {
  const files = readdirSync(CACHE_DIR).filter((f) => f.endsWith(".json"));
  if (files.length <= MAX_FILES) return;
  const byAge = files.map((f) => ({ f, t: statSync(path.join(CACHE_DIR, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - MAX_FILES)) unlinkSync(path.join(CACHE_DIR, f));
}
