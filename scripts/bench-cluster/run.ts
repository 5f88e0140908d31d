/**
 * npm run bench:cluster [-- --port 3291 --seconds 15 --connections 16]
 *
 * Two instances of the standalone server behind nginx (Debian package; installed with apt-get when missing), on
 * loopback. In one run: (1) load through nginx to one instance, (2) the same load to two instances, (3) two instances
 * while one is stopped mid-run and started again. Reports requests, errors, latency percentiles and throughput, and
 * two instances vs one. Prints figures; no thresholds. Needs a build (`npm run build`); makes one when there is none.
 */
import { execFileSync, execSync } from "node:child_process";
import { createRequire } from "node:module";
import type { EventEmitter } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gitInfo, httpGet, mdTable, printTable, REPO, sleep, spawnTracked, stamp, stopProcess } from "../bench";
import { nginxConf } from "./nginx-conf";

type Result = {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number; timeouts: number; non2xx: number; duration: number;
};
type Autocannon = (opts: object, cb: (err: Error | null, r: Result) => void) => EventEmitter;
const autocannon = createRequire(__filename)("autocannon") as Autocannon;

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const PORT = arg("port", Number(process.env.BENCH_PORT ?? 3291));
const SECONDS = arg("seconds", 15);
const CONNECTIONS = arg("connections", 16);
const ONE_PORT = PORT + 1;
const INSTANCES = [PORT + 2, PORT + 3];
/** A mix of what readers open: static pages, dynamic pages, the paged table, an embed and the health check. */
const PATHS = ["/regioner/09", "/data?sida=2", "/teman/kompetensforsorjning", "/", "/data?typ=insats&sort=-ar", "/embed/teman/kompetensforsorjning", "/om", "/en/regioner/12"];

function nginxBin(): string {
  for (const p of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(p)) return p;
  console.log("nginx saknas: installerar Debian-paketet nginx …");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null", { stdio: "inherit" });
  return "/usr/sbin/nginx";
}

function ensureBuild(): string {
  const dir = path.join(REPO, ".next", "standalone");
  if (!fs.existsSync(path.join(dir, "server.js"))) {
    console.log("Ingen standalone-build: kör next build …");
    execFileSync(process.execPath, [path.join(REPO, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: REPO, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  execFileSync(process.execPath, [path.join(REPO, "scripts", "standalone", "prepare.mjs")], { stdio: "inherit" });
  return dir;
}

async function healthy(port: number, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await httpGet(`http://127.0.0.1:${port}/api/health`, 3000)).status === 200) return;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  throw new Error(`port ${port}: /api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

function startInstance(dir: string, port: number) {
  const log = fs.openSync(path.join(os.tmpdir(), `regionlaget-cluster-${port}.log`), "w");
  const c = spawnTracked("sh", [path.join(dir, "start.sh")], { env: { ...process.env, PORT: String(port), BIND_ADDRESS: "127.0.0.1" }, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  return c;
}

function load(port: number, seconds: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: seconds, timeout: 20, requests: PATHS.map((p) => ({ method: "GET", path: p })) },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
}

type Phase = { name: string; r: Result; note: string };

async function main() {
  const loadStart = os.loadavg().map((x) => x.toFixed(2)).join(", ");
  console.log(`bench:cluster ${stamp()} · ${os.cpus().length} cores · load ${loadStart} · ${CONNECTIONS} connections · ${SECONDS} s per phase`);
  const nginx = nginxBin();
  const dir = ensureBuild();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "regionlaget-nginx-"));
  fs.writeFileSync(path.join(tmp, "nginx.conf"), nginxConf({ dir: tmp, port: PORT, onePort: ONE_PORT, instances: INSTANCES }));
  execFileSync(nginx, ["-t", "-q", "-p", tmp, "-c", path.join(tmp, "nginx.conf")], { stdio: "inherit" });
  const inst = INSTANCES.map((p) => startInstance(dir, p));
  const proxy = spawnTracked(nginx, ["-p", tmp, "-c", path.join(tmp, "nginx.conf")], { stdio: "inherit" });
  const phases: Phase[] = [];
  try {
    await Promise.all(INSTANCES.map((p) => healthy(p)));
    await healthy(PORT);
    // Warm both instances (first renders, caches) through the proxy.
    await load(PORT, 3);
    phases.push({ name: "1 instance (via nginx)", r: await load(ONE_PORT, SECONDS), note: "" });
    phases.push({ name: "2 instances (via nginx)", r: await load(PORT, SECONDS), note: "" });
    // Stop instance B a quarter into the phase and start it again at half; nginx retries on A meanwhile.
    const run = load(PORT, SECONDS * 2);
    await sleep((SECONDS * 2 * 1000) / 4);
    const t0 = Date.now();
    await stopProcess(inst[1], 5000, "SIGTERM");
    const stoppedAt = ((Date.now() - t0) / 1000).toFixed(1);
    await sleep((SECONDS * 2 * 1000) / 4);
    inst[1] = startInstance(dir, INSTANCES[1]);
    const t1 = Date.now();
    await healthy(INSTANCES[1]);
    const back = ((Date.now() - t1) / 1000).toFixed(1);
    phases.push({ name: "2 instances, one stopped and restarted", r: await run, note: `stopped in ${stoppedAt} s; healthy again ${back} s after restart` });
  } finally {
    await stopProcess(proxy);
    for (const c of inst) await stopProcess(c);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const head = ["phase", "requests", "failed (errors+timeouts+non-2xx)", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "note"];
  const rows = phases.map(({ name, r, note }) => [
    name, r.requests.total, r.errors + r.timeouts + r.non2xx, (r.requests.total / r.duration).toFixed(1), r.latency.p50, r.latency.p90, r.latency.p99, r.latency.max, note,
  ]);
  const ratio = phases[1].r.requests.total / phases[1].r.duration / (phases[0].r.requests.total / phases[0].r.duration);
  const loadEnd = os.loadavg().map((x) => x.toFixed(2)).join(", ");
  console.log("");
  printTable(head, rows);
  console.log(`\nThroughput, 2 instances vs 1: ${ratio.toFixed(2)}× (target ≥ 1,7×; load generator, nginx and both servers share ${os.cpus().length} cores). Load at start ${loadStart}, at end ${loadEnd}.`);
  const git = gitInfo();
  fs.mkdirSync(path.join(REPO, "bench-results"), { recursive: true });
  const file = path.join(REPO, "bench-results", `cluster-${stamp()}.md`);
  fs.writeFileSync(file, `# bench:cluster ${stamp()}\n\ncommit ${git.commit}; load ${loadStart} → ${loadEnd}\n\n${mdTable(head, rows)}\n\n2 instances vs 1: ${ratio.toFixed(2)}×\n`);
  console.log(`written: ${path.relative(REPO, file)}`);
}

main().then(() => process.exit(0), (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
