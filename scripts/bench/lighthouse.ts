/** b. One Lighthouse 12 run (mobile preset, Debian chromium) against a route of the served build. */
import fs from "node:fs";
import path from "node:path";
import { spawnTracked, stopProcess, waitExit } from "./processes";
import { httpGet } from "./servers";

export const LIGHTHOUSE_PATHS = ["/", "/regioner/01", "/teman/kompetensforsorjning", "/indikatorer/brp_per_invanare", "/data"];
/** Baselines in the same run: the bare text page and the reference page (Lighthouse on this machine, not the app). */
export const BARE_PATH = "/bench-text";
export const LIGHTHOUSE_BASELINES = [BARE_PATH, "/bench-referens"];
export const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage";
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export type LhRow = {
  path: string; status: number | null; scores: Record<(typeof CATEGORIES)[number], number | null>;
  fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; speedIndexMs: number | null;
  failedAudits: string[]; seconds: number; error: string | null; attempts: number; firstAttemptError: string | null;
  /** Lighthouse's own CPU speed estimate for this run (higher = faster); low values mean a busy or slow machine. */
  benchmarkIndex: number | null;
  runWarnings: string[];
};

type LhJson = {
  lighthouseVersion?: string;
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
  runWarnings?: string[];
  categories?: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits?: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string }>;
};

export async function lighthouseOne(dir: string, base: string, p: string, outDir: string, run: number): Promise<LhRow> {
  const row: LhRow = {
    path: p, status: null, scores: { performance: null, accessibility: null, "best-practices": null, seo: null },
    fcpMs: null, lcpMs: null, tbtMs: null, cls: null, speedIndexMs: null, failedAudits: [], seconds: 0, error: null,
    attempts: 1, firstAttemptError: null, benchmarkIndex: null, runWarnings: [],
  };
  try {
    row.status = (await httpGet(base + p)).status;
  } catch (e) {
    row.error = `GET failed: ${(e as Error).message}`;
    return row;
  }
  const out = path.join(outDir, `lh${p.replace(/[^a-z0-9]+/gi, "_")}-${run}.json`);
  const args = [
    "--no-install", "lighthouse", base + p, `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(",")}`, "--output=json", `--output-path=${out}`, "--quiet",
  ];
  const t0 = Date.now();
  const child = spawnTracked("npx", args, {
    cwd: dir, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const timeout = setTimeout(() => {
    output += "\n[bench] Lighthouse timed out after 420 s; interrupting it";
    void stopProcess(child, 10_000, "SIGINT"); // SIGINT lets chrome-launcher close its Chromium
  }, 420_000);
  const code = await waitExit(child);
  clearTimeout(timeout);
  row.seconds = (Date.now() - t0) / 1000;
  if (code !== 0 || !fs.existsSync(out)) {
    row.error = `npx lighthouse exited ${code}: ${output.trim().split("\n").slice(-15).join("\n") || "(no output)"}`;
    return row;
  }
  const j = JSON.parse(fs.readFileSync(out, "utf8")) as LhJson;
  if (j.runtimeError) row.error = `runtimeError ${j.runtimeError.code}: ${j.runtimeError.message}`;
  for (const c of CATEGORIES) row.scores[c] = j.categories?.[c]?.score ?? null;
  row.benchmarkIndex = j.environment?.benchmarkIndex ?? null;
  row.runWarnings = j.runWarnings ?? [];
  const num = (id: string) => j.audits?.[id]?.numericValue ?? null;
  row.fcpMs = num("first-contentful-paint");
  row.lcpMs = num("largest-contentful-paint");
  row.tbtMs = num("total-blocking-time");
  row.cls = num("cumulative-layout-shift");
  row.speedIndexMs = num("speed-index");
  for (const c of CATEGORIES) {
    for (const ref of j.categories?.[c]?.auditRefs ?? []) {
      const a = j.audits?.[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < (c === "performance" ? 0.9 : 1) && a.scoreDisplayMode !== "informative") {
        row.failedAudits.push(`${c}:${ref.id}(${a.score})`);
      }
    }
  }
  return row;
}
