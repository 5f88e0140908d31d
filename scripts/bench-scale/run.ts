/**
 * npm run bench:scale [-- --factors 1,10,100 --port 3290]
 *
 * How Regionläget's cost grows with its data. For each factor: a seeded synthetic dataset with the real schema
 * (scripts/synthetic/) is written to a temp folder (never to data/), validated (data:validate), the app is
 * built against it in a temp copy of the project (REGIONLAGET_DATASET), started as it ships (standalone start.sh),
 * and every route is measured: HTML bytes, inline RSC payload bytes, first-load JS, server response time (median of
 * 10), plus build time and peak memory of the build and the server, and the server's filter + sort + page time for
 * /data. Prints figures; no thresholds. Results also go to bench-results/.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { copyProject, gitInfo, httpGet, median, mdTable, printTable, REPO, sleep, spawnTracked, stamp, stopProcess, waitExit } from "../bench";
import { parseDataset, type Dataset } from "../../lib/schema";
import { toDataRow } from "../../lib/derive/table-rows";
import { sortEntries } from "../../lib/derive/records";
import { dataPage } from "../../lib/derive/data-query";
import { DEFAULT_DATA_VIEW } from "../../lib/url-state";
import { scaleDataset } from "../synthetic";
import { firstLoadJs, inlinePayloadBytes, kb, ms, peakRssMb, prerenderedPages } from "./measure";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const FACTORS = (arg("factors") ?? "1,10,100").split(",").map(Number);
const PORT = Number(arg("port") ?? process.env.BENCH_PORT ?? 3290);
const HOST = "127.0.0.1";

/** Routes measured, with the route pattern whose first-load JS applies. */
const ROUTES: [string, string][] = [
  ["/", "/[lang]"],
  ["/regioner/09", "/[lang]/regioner/[kod]"],
  ["/teman/kompetensforsorjning", "/[lang]/teman/[slug]"],
  ["/indikatorer/arbetsloshet_bas_20_64", "/[lang]/indikatorer/[id]"],
  ["/jamfor", "/[lang]/jamfor"],
  ["/data", "/[lang]/data"],
  ["/data?sida=2", "/[lang]/data"],
  ["/data?typ=insats&sort=-ar", "/[lang]/data"],
  ["/embed/teman/kompetensforsorjning", "/[lang]/embed/teman/[slug]"],
];

/** Runs a command under GNU time: wall seconds and the peak RSS (MB) of its largest process. */
async function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<{ s: number; mb: number }> {
  const timeFile = path.join(os.tmpdir(), `regionlaget-scale-time-${process.pid}`);
  const fd = fs.openSync(log, "w");
  const t0 = Date.now();
  const c = spawnTracked("/usr/bin/time", ["-f", "%M", "-o", timeFile, cmd, ...args], { cwd, env, stdio: ["ignore", fd, fd] });
  const code = await waitExit(c);
  fs.closeSync(fd);
  const s = (Date.now() - t0) / 1000;
  if (code !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${code}); log: ${log}\n${fs.readFileSync(log, "utf8").split("\n").slice(-30).join("\n")}`);
  const kbPeak = Number(fs.readFileSync(timeFile, "utf8").trim().split("\n").pop());
  return { s, mb: Math.round(kbPeak / 1024) };
}

/** The server's own work for /data per request: filter + sort + page over every record (median of 30, warm). */
function serverTableTiming(d: Dataset): { all: number; filtered: number; pageRows: number } {
  const rows = sortEntries(d.entries).map((e) => toDataRow(e, e.region, e.theme));
  const views = {
    all: { ...DEFAULT_DATA_VIEW, sort: { id: "titel" as const, desc: false } },
    filtered: { ...DEFAULT_DATA_VIEW, typ: "insats" as const, q: "bredband", sort: { id: "ar" as const, desc: true } },
  };
  const time = (v: typeof DEFAULT_DATA_VIEW) => {
    for (let i = 0; i < 5; i++) dataPage(rows, v, "sv");
    const xs: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      dataPage(rows, v, "sv");
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  return { all: time(views.all), filtered: time(views.filtered), pageRows: dataPage(rows, views.all, "sv").rows.length };
}

type Row = { factor: number; route: string; html: number; payload: number; js: number; ms: number };
type Scale = { factor: number; records: number; values: number; validateS: number; validateMb: number; buildS: number; buildMb: number; pages: number; serverMb: number | null; table: ReturnType<typeof serverTableTiming> };

async function measureFactor(project: string, factor: number, real: Dataset, tmp: string, out: { rows: Row[]; scales: Scale[] }) {
  console.log(`\n── ${factor}× ──`);
  const d = scaleDataset(real, factor);
  const file = path.join(tmp, `dataset-${factor}x.json`);
  fs.writeFileSync(file, JSON.stringify(d));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", REGIONLAGET_DATASET: file };
  const tsx = path.join(project, "node_modules", ".bin", "tsx");
  const validate = await timed(tsx, [path.join(project, "scripts", "validate-data.ts"), file], project, env, path.join(tmp, `validate-${factor}.log`));
  console.log(`  data:validate ${validate.s.toFixed(1)} s, ${validate.mb} MB`);
  fs.rmSync(path.join(project, ".next"), { recursive: true, force: true });
  const build = await timed(process.execPath, [path.join(project, "node_modules", "next", "dist", "bin", "next"), "build"], project, env, path.join(tmp, `build-${factor}.log`));
  execFileSync(process.execPath, [path.join(project, "scripts", "standalone", "prepare.mjs")]);
  const js = firstLoadJs(project);
  const pages = prerenderedPages(project);
  console.log(`  next build ${build.s.toFixed(1)} s, ${build.mb} MB, ${pages} prerendered pages`);

  const server = spawnTracked("sh", [path.join(project, ".next", "standalone", "start.sh")], {
    env: { ...env, PORT: String(PORT), BIND_ADDRESS: HOST }, stdio: "ignore",
  });
  const base = `http://${HOST}:${PORT}`;
  for (let i = 0; ; i++) {
    try {
      if ((await httpGet(`${base}/api/health`, 5000)).status === 200) break;
    } catch {
      /* starting */
    }
    if (i > 200) throw new Error("server did not start");
    await sleep(300);
  }
  try {
    for (const [route, pattern] of ROUTES) {
      const res = await fetch(base + route);
      const html = await res.text();
      const times: number[] = [];
      for (let i = 0; i < 12; i++) {
        const t0 = performance.now();
        await httpGet(base + route);
        if (i >= 2) times.push(performance.now() - t0);
      }
      out.rows.push({ factor, route, html: Buffer.byteLength(html), payload: inlinePayloadBytes(html), js: js.get(pattern) ?? NaN, ms: median(times) });
    }
    out.scales.push({
      factor, records: d.entries.length, values: d.values.length, validateS: validate.s, validateMb: validate.mb, buildS: build.s, buildMb: build.mb,
      pages, serverMb: server.pid ? peakRssMb(server.pid) : null, table: serverTableTiming(parseDataset(d)),
    });
  } finally {
    await stopProcess(server);
  }
}

async function main() {
  const real = parseDataset(JSON.parse(fs.readFileSync(path.join(REPO, "data", "dataset.json"), "utf8")));
  const load = os.loadavg().map((x) => x.toFixed(2)).join(", ");
  console.log(`bench:scale ${stamp()} · factors ${FACTORS.join(", ")} · ${os.cpus().length} cores · load ${load}`);
  const { dir: project } = copyProject();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "regionlaget-scale-data-"));
  const out = { rows: [] as Row[], scales: [] as Scale[] };
  const failed: string[] = [];
  try {
    for (const f of FACTORS) {
      try {
        await measureFactor(project, f, real, tmp, out);
      } catch (e) {
        // A factor that cannot be built is a result too (e.g. a prerendered page over Next's 60 s limit).
        failed.push(`${f}×: ${(e instanceof Error ? e.message : String(e)).split("\n").filter((l) => /Failed|error|exit/i.test(l)).slice(0, 4).join(" | ")}`);
        console.error(`  ✖ ${failed[failed.length - 1]}`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const scaleHead = ["factor", "records", "indicator values", "data:validate s", "validate MB", "next build s", "build peak MB", "prerendered", "server peak MB", "/data filter+sort+page ms (all / filtered)"];
  const scaleRows = out.scales.map((s) => [`${s.factor}×`, s.records, s.values, s.validateS.toFixed(1), s.validateMb, s.buildS.toFixed(1), s.buildMb, s.pages, s.serverMb ?? "–", `${ms(s.table.all)} / ${ms(s.table.filtered)}`]);
  const routeHead = ["route", ...out.scales.flatMap((s) => [`${s.factor}× HTML KiB`, `${s.factor}× payload KiB`, `${s.factor}× ms`]), "first-load JS KiB"];
  const routeRows = ROUTES.map(([route]) => {
    const per = out.scales.map((s) => out.rows.find((r) => r.factor === s.factor && r.route === route)!);
    return [route, ...per.flatMap((r) => [kb(r.html), kb(r.payload), ms(r.ms)]), kb(per[0].js)];
  });
  if (!out.scales.length) throw new Error(`nothing measured:\n${failed.join("\n")}`);
  console.log(`\nLoad at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(", ")}`);
  printTable(scaleHead, scaleRows);
  console.log("");
  printTable(routeHead, routeRows);
  const git = gitInfo();
  fs.mkdirSync(path.join(REPO, "bench-results"), { recursive: true });
  const md = `# bench:scale ${stamp()}\n\ncommit ${git.commit} (${git.dirtyFiles} changed files), load at start ${load}\n\n${mdTable(scaleHead, scaleRows)}\n\n${mdTable(routeHead, routeRows)}\n${failed.map((f) => `\nnot measured: ${f}`).join("")}\n`;
  const file = path.join(REPO, "bench-results", `scale-${stamp()}.md`);
  fs.writeFileSync(file, md);
  if (failed.length) console.log(`\nNot measured:\n${failed.map((f) => `  ✖ ${f}`).join("\n")}`);
  console.log(`\nwritten: ${path.relative(REPO, file)}`);
}

main().then(() => process.exit(0), (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
