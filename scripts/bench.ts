/**
 * npm run bench — performance figures for the README, in one run, on a SEPARATE copy of the project.
 *
 *  a. Copies the project to a temp dir (never touches this repo's .next or port 3100), adds two benchmark-only pages
 *     there (/bench-referens: one recharts BarChart + one sortable TanStack v9 table; /bench-text: an h1 and a
 *     paragraph), runs `next build` once and prints first-load JS per route from
 *     .next/diagnostics/route-bundle-stats.json (raw, and gzip -9 of the listed chunk files), with ratios to both pages.
 *  b. Serves that build with `next start` on 127.0.0.1:3301 and runs Lighthouse 12.2.3 (mobile preset, Debian
 *     chromium) on the main routes.
 *  c. Times filterRows (lib/derive/table-rows) + TanStack's sorted/paginated row model on 1 000, 10 000 and 100 000
 *     synthetic rows ("Syntetisk post N"; generated in memory, never written to data/).
 *  d. Writes everything to bench-results/bench-<date>.json and prints a Markdown summary.
 *
 * Targets are printed next to the figures; nothing here asserts a timing. The exit code is 1 only when a part failed
 * to run (build, server, Lighthouse). Every process this script starts is killed on exit, also on failure and Ctrl-C.
 * The temp build is kept (and the previous one deleted) so `npm run bench:load` can reuse it; `--clean` deletes it.
 *
 * Flags: --reps N (timing repetitions, default 30, minimum 30), --lh-runs N (Lighthouse runs per route, default 3,
 * interleaved across routes; the median run is reported), --skip-lighthouse, --clean.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleStats, type BundleResult } from "./bench/bundle";
import { CHROME_FLAGS, LIGHTHOUSE_BASELINES, LIGHTHOUSE_PATHS, lighthouseOne, type LhRow } from "./bench/lighthouse";
import { addBenchPages } from "./bench/pages";
import { installCleanup, stopProcess } from "./bench/processes";
import { copyProject, discardBuild, gitInfo, keepBuild, nextBuild, REPO, type TempProject } from "./bench/project";
import { f1, markdown, ms, printBundle, printLighthouse, printTiming, score, stamp } from "./bench/report";
import { serverState, startServer, type Server } from "./bench/servers";
import { medianRun, type LhRoute } from "./bench/targets";
import { tableTiming, type TimingResult } from "./bench/timing";
import { chartMarkdown, chartTiming, firstPaintTargets, type ChartTimingResult } from "./bench-charts";

// The helpers other scripts (bench-load.ts) and the unit tests use, under their old address.
export { addBenchPages } from "./bench/pages";
export { installCleanup, sleep, spawnTracked, stopProcess, waitExit } from "./bench/processes";
export {
  copyProject, discardBuild, findReusableBuild, fingerprint, gitInfo, HOST, keepBuild, LATEST_FILE, nextBuild, REPO, sourceFiles, type TempProject,
} from "./bench/project";
export { mdTable, printTable, stamp } from "./bench/report";
export { httpGet, pickPort, serverState, startServer, type Server } from "./bench/servers";
export { median, percentile } from "./bench/stats";
export { LIGHTHOUSE_PATHS } from "./bench/lighthouse";
export { lighthouseTargets, medianRun, type LhRoute } from "./bench/targets";
export { TIMING_SIZES } from "./bench/timing";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  installCleanup();
  const reps = Math.max(30, Number(argValue("--reps") ?? 30) || 30);
  const skipLighthouse = process.argv.includes("--skip-lighthouse");
  const lhRuns = Math.max(1, Math.floor(Number(argValue("--lh-runs") ?? 3)) || 3);
  const clean = process.argv.includes("--clean");
  const started = new Date();
  const git = gitInfo();
  const problems: string[] = [];
  /** 1-minute load averages: the machine is shared, so these explain much of the noise. */
  const loadavg: Record<string, number> = { start: os.loadavg()[0] };
  console.log(`Regionläget bench — ${started.toISOString()} — load average ${loadavg.start.toFixed(2)} — node ${process.version}, ${os.cpus().length} CPU(s), commit ${git.commit}${git.dirtyFiles > 0 ? ` (+${git.dirtyFiles} changed files)` : ""}`);

  let bundle: BundleResult | null = null;
  let lighthouse: LhRoute[] | null = null;
  let timing: TimingResult | null = null;
  let charts: ChartTimingResult | null = null;
  let buildSeconds: number | null = null;
  let project: TempProject | null = null;
  let server: Server | null = null;
  const serverRestarts: string[] = [];

  try {
    console.log("\nCopying the project to a temp dir …");
    project = copyProject();
    addBenchPages(project.dir);
    console.log(`  ${project.dir}`);
    console.log(`Running next build there (a few minutes on 2 cores; load average ${os.loadavg()[0].toFixed(2)}) …`);
    buildSeconds = await nextBuild(project.dir);
    console.log(`  built in ${f1(buildSeconds)} s`);
    bundle = bundleStats(project.dir);
    printBundle(bundle);

    if (skipLighthouse) {
      console.log("\n── b. Lighthouse skipped (--skip-lighthouse) ──");
    } else {
      server = await startServer(project.dir, 3301);
      loadavg.beforeLighthouse = os.loadavg()[0];
      console.log(`\nnext start on ${server.base} (pid ${server.child.pid}); running Lighthouse (load average ${loadavg.beforeLighthouse.toFixed(2)}) …`);
      const outDir = path.join(project.dir, "bench-lighthouse");
      fs.mkdirSync(outDir, { recursive: true });
      const runsByPath = new Map<string, LhRow[]>();
      /** The server must be up for every attempt; if something outside this script stopped it, say so and restart it. */
      const ensureServer = async (p: string): Promise<Server> => {
        const s = server!;
        const ended = serverState(s);
        if (!ended) return s;
        const msg = `next start (pid ${s.child.pid}) ${ended} before Lighthouse ${p}; started a new one`;
        console.warn(`  ${msg}`);
        serverRestarts.push(msg);
        server = await startServer(project!.dir, 3301);
        return server;
      };
      // Rounds over all routes rather than N runs in a row, so a busy minute on the shared machine hits every route alike.
      for (let round = 1; round <= lhRuns; round++) for (const p of [...LIGHTHOUSE_PATHS, ...LIGHTHOUSE_BASELINES]) {
        let r = await lighthouseOne(project.dir, (await ensureServer(p)).base, p, outDir, round);
        if (r.error && r.scores.performance === null) {
          console.log(`  ${p}: failed (${f1(r.seconds)} s): ${r.error.split("\n").pop()} — retrying once`);
          const again = await lighthouseOne(project.dir, (await ensureServer(p)).base, p, outDir, round);
          r = { ...again, attempts: 2, firstAttemptError: r.error };
        }
        console.log(`  run ${round}/${lhRuns} ${p}: ${r.error ? "error" : `perf ${score(r.scores.performance)}, TBT ${ms(r.tbtMs)} ms`} (${f1(r.seconds)} s, CPU index ${ms(r.benchmarkIndex)})`);
        runsByPath.set(p, [...(runsByPath.get(p) ?? []), r]);
      }
      try {
        loadavg.beforeChartTiming = os.loadavg()[0];
        console.log(`\nCharts: first paint and first hover at 4× CPU (load average ${loadavg.beforeChartTiming.toFixed(2)}) …`);
        charts = await chartTiming((await ensureServer("charts")).base);
        console.log(chartMarkdown(charts));
      } catch (e) {
        problems.push(`chart timing: ${(e as Error).message}`);
      }
      await stopProcess(server.child);
      server = null;
      lighthouse = [...runsByPath.values()].map(medianRun);
      printLighthouse(lighthouse, lhRuns);
      for (const r of lighthouse) if (r.error || r.status !== 200) problems.push(`Lighthouse ${r.path}: ${r.error ?? `HTTP ${r.status}`}`);
    }
  } catch (e) {
    problems.push((e as Error).message);
    console.error(`\n✖ ${(e as Error).message}`);
  } finally {
    if (server) await stopProcess(server.child);
  }

  // c. runs in this process, after the server is gone (less CPU contention on 2 cores).
  try {
    loadavg.beforeTiming = os.loadavg()[0];
    console.log(`\nTiming filterRows + sort on synthetic rows (${reps} repetitions per case; load average ${loadavg.beforeTiming.toFixed(2)}) …`);
    timing = tableTiming(reps);
    printTiming(timing);
  } catch (e) {
    problems.push(`table timing: ${(e as Error).message}`);
    console.error(`\n✖ table timing: ${(e as Error).message}`);
  }

  const date = stamp(started);
  const result = {
    generatedAt: started.toISOString(),
    machine: { loadavg1min: loadavg, node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "", totalMemGiB: Math.round(os.totalmem() / 2 ** 30) },
    git,
    tempBuild: project ? { dir: project.dir, fingerprint: project.fingerprint, kept: !clean && buildSeconds !== null } : null,
    buildSeconds,
    bundle,
    lighthouse: lighthouse ? { version: "12.2.3", preset: "mobile (default)", chromeFlags: CHROME_FLAGS, serverRestarts, runsPerRoute: lhRuns, routes: lighthouse } : null,
    tableTiming: timing,
    charts,
    problems,
  };
  const outDir = path.join(REPO, "bench-results");
  fs.mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `bench-${date}.json`);
  fs.writeFileSync(outFile, JSON.stringify(result, null, 2) + "\n");

  const md = markdown({ date: started.toISOString(), loadavg, serverRestarts, git, bundle, lighthouse, lighthouseRuns: lhRuns, timing })
    + (lighthouse ? firstPaintTargets(lighthouse, LIGHTHOUSE_PATHS, LIGHTHOUSE_BASELINES[0], LIGHTHOUSE_BASELINES[1]) : "") + (charts ? chartMarkdown(charts) : "");
  console.log("\n── d. Markdown summary (paste into README) ──\n");
  console.log(md);
  console.log(`\nAll figures: ${path.relative(process.cwd(), outFile)}`);

  if (project) {
    if (!clean && buildSeconds !== null) {
      keepBuild(project, "bench");
      console.log(`Temp build kept for npm run bench:load: ${project.dir} (run with --clean to delete it instead)`);
    } else {
      discardBuild(project);
    }
  }
  if (problems.length) {
    console.error(`\n${problems.length} part(s) failed to run:\n${problems.map((p) => `  ✖ ${p.split("\n")[0]}`).join("\n")}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
