/** `next start` on loopback for the benchmarks: a free port in 3300–3399, plain HTTP GETs, server state. */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { alive, sleep, spawnTracked, stopProcess, tail } from "./processes";
import { HOST, nextBin } from "./project";

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
}

/** The preferred port if free, else the first free port in 3300–3399 (never anything else). */
export async function pickPort(preferred: number): Promise<number> {
  if (await portFree(preferred)) return preferred;
  for (let p = 3300; p <= 3399; p++) {
    if (p !== preferred && (await portFree(p))) {
      console.warn(`  port ${preferred} is busy; using ${p}`);
      return p;
    }
  }
  throw new Error("no free port in 3300–3399");
}

export function httpGet(url: string, timeoutMs = 30_000): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${url}`)));
    req.on("error", reject);
  });
}

export type Server = { child: ChildProcess; port: number; base: string; log: string };

/** Whether the server is still running; if not, how it ended (exit code or signal). */
export function serverState(s: Server): string | null {
  if (alive(s.child)) return null;
  return s.child.signalCode ? `killed by ${s.child.signalCode}` : `exited with code ${s.child.exitCode}`;
}

/** `next start` on 127.0.0.1:port (own process group), resolved once "/" answers. */
export async function startServer(dir: string, preferredPort: number): Promise<Server> {
  const port = await pickPort(preferredPort);
  const log = path.join(dir, `bench-server-${port}.log`);
  const fd = fs.openSync(log, "w");
  const child = spawnTracked(process.execPath, [nextBin(dir), "start", "-p", String(port), "-H", HOST], {
    cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", fd, fd],
  });
  fs.closeSync(fd);
  const base = `http://${HOST}:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (!alive(child)) throw new Error(`next start exited early (code ${child.exitCode}). Log ${log}:\n${tail(log, 30)}`);
    try {
      const r = await httpGet(base + "/", 10_000);
      if (r.status > 0) return { child, port, base, log };
    } catch {
      /* not up yet */
    }
    await sleep(300);
  }
  await stopProcess(child);
  throw new Error(`next start did not answer on ${base} within 90 s. Log ${log}:\n${tail(log, 30)}`);
}
