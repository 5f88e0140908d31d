import "server-only";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chartKey, readCached, writeCached, type CachedChart, type ChartKind } from "./cache";
import { provideStaticHtml } from "./ssr-html";

/**
 * Static SVG of a chart for the server HTML, drawn by the same recharts component as the live chart
 * (scripts/chart-render-worker.tsx, in happy-dom) at each of STATIC_WIDTHS.
 *
 * Static routes are prerendered by `next build`, so their charts are drawn at build time. Views that depend on query
 * parameters are drawn on demand, the first time they are asked for, and cached (lib/static-chart/cache.ts): by the
 * TypeScript worker in a checkout, by its bundle in the standalone server. A request
 * waits at most RUNTIME_WAIT_MS for a drawing: past that it gets none (the live chart loads at once instead, see
 * IntentChart) and the drawing goes on, for the next visitor.
 */
export const STATIC_WIDTHS = [300, 500, 1130];
const BUILD_WAIT_MS = 180_000;
const RUNTIME_WAIT_MS = 10_000;

/**
 * The charts drawn or read most recently, with their props: for StaticChart's server render of the same page
 * (ssr-html.ts; the page's RSC payload names a chart by key only) and for the live chart's props (drawnChart, used by
 * /api/charts/[key]) where the disk is read-only. Bounded; past it, the disk cache answers. Kept on globalThis: the
 * page and the route handler may be bundled as separate module instances in one server process.
 */
const RECENT_MAX = 400;
const RECENT = Symbol.for("regionlaget.static-charts.recent");
const recent: Map<string, CachedChart> = ((globalThis as { [RECENT]?: Map<string, CachedChart> })[RECENT] ??= new Map());
function remember(key: string, chart: CachedChart): void {
  recent.delete(key);
  recent.set(key, chart);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
}
/** A chart this server has drawn (or read from the cache), by key: memory first, then the disk; either way kept as recent. */
export function drawnChart(key: string): CachedChart | undefined {
  const chart = recent.get(key) ?? readCached(key);
  if (chart) remember(key, chart);
  return chart;
}
provideStaticHtml((key) => drawnChart(key)?.html);

type Answer = { id: number; html?: string[]; error?: string };
let worker: ChildProcessWithoutNullStreams | undefined;
let nextId = 1;
const waiting = new Map<number, (a: Answer) => void>();
const inFlight = new Map<string, Promise<CachedChart | undefined>>();

/** In a checkout (next build, next dev): the TypeScript source, run with tsx. */
const WORKER_SOURCE = path.join(/*turbopackIgnore: true*/ "scripts", "chart-render-worker.tsx");
/** In the standalone server (and its container): the same worker bundled into one file by scripts/standalone/bundle-worker.mjs. */
const WORKER_BUNDLE = "chart-render-worker.mjs";

/**
 * How to start the drawing worker here, or undefined when it is not here (then query views are drawn live in the
 * browser). The source wins in a checkout, so `next dev` never draws with a stale bundle.
 */
let workerArgs: string[] | null | undefined;
function workerCommand(): string[] | undefined {
  if (workerArgs === undefined) {
    const at = (f: string) => existsSync(path.join(/*turbopackIgnore: true*/ process.cwd(), f));
    workerArgs = at(WORKER_SOURCE) ? ["--import", "tsx", WORKER_SOURCE] : at(WORKER_BUNDLE) ? [WORKER_BUNDLE] : null;
  }
  return workerArgs ?? undefined;
}
function drawingAvailable(): boolean {
  return workerCommand() !== undefined;
}

function startWorker(): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, workerCommand()!, {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let buffer = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        const a = JSON.parse(line) as Answer;
        waiting.get(a.id)?.(a);
        waiting.delete(a.id);
      } catch {
        // not an answer
      }
    }
  });
  child.stderr.on("data", (d: Buffer) => process.stderr.write(`[static charts] ${d}`));
  child.on("exit", () => {
    worker = undefined;
    for (const [id, done] of waiting) done({ id, error: "the chart worker stopped" });
    waiting.clear();
  });
  // The worker must not keep a finished build (or a stopped server) alive: it ends when its stdin closes.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr] as unknown as { unref?: () => void }[]) s.unref?.();
  return child;
}

function ask(kind: ChartKind, props: unknown, widths: number[]): Promise<Answer> {
  worker ??= startWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.stdin.write(JSON.stringify({ id, kind, props, widths }) + "\n");
  });
}

/** The drawn chart and its cache key, or undefined when it could not be drawn in time (the caller draws it live). */
export async function staticChart(kind: ChartKind, props: unknown): Promise<{ key: string; html: string[] } | undefined> {
  const widths = STATIC_WIDTHS;
  const key = chartKey(kind, props, widths);
  // Memory first: where the disk is read-only (the container), a view drawn once is not drawn again.
  const known = drawnChart(key);
  if (known) return { key, html: known.html };
  if (!drawingAvailable()) return undefined;
  let job = inFlight.get(key);
  if (!job) {
    job = ask(kind, props, widths).then((a) => {
      inFlight.delete(key);
      if (!a.html) {
        console.error(`[static charts] ${kind} chart not drawn: ${a.error}`);
        return undefined;
      }
      const chart: CachedChart = { kind, widths, props, html: a.html };
      writeCached(key, chart);
      remember(key, chart);
      return chart;
    });
    inFlight.set(key, job);
  }
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), building ? BUILD_WAIT_MS : RUNTIME_WAIT_MS).unref());
  const chart = await Promise.race([job, timeout]);
  return chart ? { key, html: chart.html } : undefined;
}
