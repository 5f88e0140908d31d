/** What bench:scale measures on a running server and a finished build. Pure helpers + small I/O. */
import fs from "node:fs";
import path from "node:path";

/** Bytes of the inline RSC payload in a page: the contents of every self.__next_f.push(...) script. */
export function inlinePayloadBytes(html: string): number {
  let n = 0;
  const re = /<script>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) n += Buffer.byteLength(m[1]);
  return n;
}

/** Peak resident memory of a process (VmHWM), in MB; null when it is gone. */
export function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

type RouteStat = { route: string; firstLoadUncompressedJsBytes: number };

/** First-load JS per route pattern (Turbopack's .next/diagnostics/route-bundle-stats.json). */
export function firstLoadJs(dir: string): Map<string, number> {
  const file = path.join(dir, ".next", "diagnostics", "route-bundle-stats.json");
  try {
    const stats = JSON.parse(fs.readFileSync(file, "utf8")) as RouteStat[];
    return new Map(stats.map((s) => [s.route, s.firstLoadUncompressedJsBytes]));
  } catch {
    return new Map();
  }
}

/** Pages Next prerendered (HTML files under .next/server/app). */
export function prerenderedPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith(".html")) n++;
    }
  };
  walk(path.join(dir, ".next", "server", "app"));
  return n;
}

export const kb = (b: number) => (b / 1024).toFixed(1).replace(".", ",");
export const ms = (x: number) => x.toFixed(x < 10 ? 2 : 1).replace(".", ",");
