/**
 * npm run bench:load — HTTP load test of a production build, on a SEPARATE copy of the project.
 *
 * Reuses the temp build kept by `npm run bench` when its sources equal the current working tree; otherwise copies
 * the project to a temp dir and runs `next build` there. Then starts `next start` on 127.0.0.1:3302 and runs
 * autocannon (programmatic API, 10 connections) for 30 s in total: 5 s on each of the main routes in turn.
 * Prints requests/s, latency p50/p90/p99, non-2xx and errors per route and in total.
 *
 * Exit code 1 if any request errored or timed out or any response was 5xx (a correctness check; there is no timing
 * threshold), or if the build/server failed. The server is always killed.
 *
 * Flags: --fresh (ignore a kept build), --clean (delete the temp build at the end instead of keeping it).
 */
import { createRequire } from "node:module";
import type { EventEmitter } from "node:events";
import os from "node:os";
import {
  copyProject, discardBuild, findReusableBuild, gitInfo, httpGet, installCleanup, keepBuild, mdTable, nextBuild,
  percentile, printTable, serverState, startServer, stopProcess, type Server, type TempProject,
} from "./bench";

/** The parts of autocannon's API used here (the package ships no types). */
type AutocannonResult = {
  /** total = completed requests; average = mean requests per second sample. */
  requests: { average: number; total: number; sent: number };
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number; timeouts: number; non2xx: number; resets: number; mismatches: number;
  "1xx": number; "2xx": number; "3xx": number; "4xx": number; "5xx": number;
  statusCodeStats: Record<string, { count: number }>;
  /** Seconds. */
  duration: number;
};
type AutocannonOptions = { url: string; connections: number; duration: number; timeout?: number; headers?: Record<string, string> };
type AutocannonInstance = EventEmitter & { stop(): void };
type Autocannon = (opts: AutocannonOptions, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
const autocannon = createRequire(__filename)("autocannon") as Autocannon;

const ROUTES = ["/", "/regioner/09", "/teman/kompetensforsorjning", "/indikatorer/arbetsloshet_bas_20_64", "/data", "/om"];
const TOTAL_SECONDS = 30;
const CONNECTIONS = 10;
const PORT = 3302;

type RouteLoad = {
  route: string; seconds: number; requests: number; reqPerSec: number;
  p50: number; p90: number; p99: number; max: number;
  non2xx: number; status5xx: number; errors: number; timeouts: number; statusCodes: Record<string, number>;
};

function runOne(base: string, route: string, seconds: number, latencies: number[]): Promise<RouteLoad> {
  const mine: number[] = [];
  return new Promise((resolve, reject) => {
    const inst = autocannon({ url: base + route, connections: CONNECTIONS, duration: seconds, timeout: 10 }, (err, r) => {
      if (err) return reject(err);
      const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count]));
      resolve({
        route, seconds: r.duration, requests: r.requests.total, reqPerSec: r.requests.total / r.duration,
        p50: percentile(mine, 50), p90: percentile(mine, 90), p99: percentile(mine, 99), max: mine.length ? Math.max(...mine) : NaN,
        non2xx: r.non2xx, status5xx: r["5xx"], errors: r.errors, timeouts: r.timeouts, statusCodes,
      });
    });
    // (client, statusCode, resBytes, responseTime ms): keep every latency, for exact per-route and total percentiles.
    inst.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      mine.push(responseTime);
      latencies.push(responseTime);
    });
  });
}

async function main(): Promise<number> {
  installCleanup();
  const fresh = process.argv.includes("--fresh");
  const clean = process.argv.includes("--clean");
  const git = gitInfo();
  console.log(`Regionläget bench:load — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} CPU(s), commit ${git.commit}${git.dirtyFiles > 0 ? ` (+${git.dirtyFiles} changed files)` : ""}`);

  let project: TempProject | null = null;
  let builtHere = false;
  let server: Server | null = null;
  let exitCode = 0;
  try {
    const found = fresh ? { project: null, reason: "--fresh" } : findReusableBuild();
    console.log(`Build: ${found.reason}`);
    if (found.project) {
      project = found.project;
    } else {
      console.log("Copying the project to a temp dir and running next build there (a few minutes on 2 cores) …");
      project = copyProject();
      builtHere = true;
      console.log(`  ${project.dir}`);
      console.log(`  built in ${(await nextBuild(project.dir)).toFixed(1)} s`);
    }

    server = await startServer(project.dir, PORT);
    console.log(`next start on ${server.base} (pid ${server.child.pid})`);

    // Warm-up and correctness check: one request per route, not counted.
    for (const r of ROUTES) {
      const res = await httpGet(server.base + r);
      console.log(`  warm-up GET ${r} → ${res.status} (${(res.bytes / 1024).toFixed(0)} KiB)`);
    }

    const per = Math.round(TOTAL_SECONDS / ROUTES.length);
    console.log(`\nautocannon: ${CONNECTIONS} connections, ${per} s per route, ${per * ROUTES.length} s in total (load generator and server share the same ${os.cpus().length} cores) …`);
    const all: number[] = [];
    const rows: RouteLoad[] = [];
    for (const r of ROUTES) {
      const res = await runOne(server.base, r, per, all);
      console.log(`  ${r}: ${res.reqPerSec.toFixed(1)} req/s`);
      rows.push(res);
    }
    const ended = serverState(server);
    if (ended) console.error(`\n✖ next start (pid ${server.child.pid}) ${ended} during the load test (not stopped by this script)`);
    await stopProcess(server.child);
    server = null;

    const sum = (k: "requests" | "non2xx" | "status5xx" | "errors" | "timeouts" | "seconds") => rows.reduce((a, r) => a + r[k], 0);
    const total: RouteLoad = {
      route: "total", seconds: sum("seconds"), requests: sum("requests"), reqPerSec: sum("requests") / sum("seconds"),
      p50: percentile(all, 50), p90: percentile(all, 90), p99: percentile(all, 99), max: all.length ? Math.max(...all) : NaN,
      non2xx: sum("non2xx"), status5xx: sum("status5xx"), errors: sum("errors"), timeouts: sum("timeouts"),
      statusCodes: rows.reduce<Record<string, number>>((acc, r) => {
        for (const [k, v] of Object.entries(r.statusCodes)) acc[k] = (acc[k] ?? 0) + v;
        return acc;
      }, {}),
    };
    const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
    const line = (r: RouteLoad) => [
      r.route, r.requests, fmt(r.reqPerSec), fmt(r.p50), fmt(r.p90), fmt(r.p99), fmt(r.max), r.non2xx, r.status5xx, r.errors + r.timeouts,
      Object.entries(r.statusCodes).map(([k, v]) => `${k}:${v}`).join(" "),
    ];
    const head = ["route", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "non-2xx", "5xx", "errors", "status codes"];
    console.log("");
    printTable(head, [...rows, total].map(line));
    console.log("  errors = connection errors + timeouts (10 s). Latency percentiles are nearest-rank over every response.");
    console.log("\nMarkdown:\n");
    console.log(`Load (\`npm run bench:load\`, ${new Date().toISOString().slice(0, 10)}, commit ${git.commit}; \`next start\` and autocannon on the same 2 cores, ${CONNECTIONS} connections, ${per} s per route):\n`);
    console.log(mdTable(head.slice(0, 10), [...rows, total].map((r) => line(r).slice(0, 10).map((c, i) => (i === 0 && r.route !== "total" ? `\`${c}\`` : c)))));

    const bad = total.errors + total.timeouts + total.status5xx;
    if (bad > 0) {
      console.error(`\n✖ ${total.errors} errors, ${total.timeouts} timeouts, ${total.status5xx} 5xx responses`);
      exitCode = 1;
    } else {
      console.log(`\n✓ no errors, no timeouts, no 5xx (${total.non2xx} non-2xx)`);
    }
  } catch (e) {
    console.error(`\n✖ ${(e as Error).message}`);
    exitCode = 1;
  } finally {
    if (server) await stopProcess(server.child);
    if (project && builtHere) {
      if (!clean && exitCode === 0) {
        keepBuild(project, "bench:load");
        console.log(`Temp build kept for reuse: ${project.dir} (run with --clean to delete it instead)`);
      } else {
        discardBuild(project);
      }
    } else if (project && clean) {
      discardBuild(project);
      console.log(`Deleted the temp build ${project.dir}`);
    }
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
