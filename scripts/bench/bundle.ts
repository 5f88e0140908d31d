/** a. First-load JS per route from Turbopack's route-bundle-stats.json, raw and gzip -9, against the two bench pages. */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { BARE_ROUTE, REFERENCE_ROUTE, TEXT_ONLY_ROUTES } from "./pages";

type RouteStat = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };
type BundleRow = {
  route: string; kind: "app" | "framework" | "bench"; chunks: number; rawBytes: number; gzipBytes: number;
  rawVsReference: number; rawVsBare: number; gzipVsReference: number; gzipVsBare: number;
};

export function bundleStats(dir: string) {
  const file = path.join(dir, ".next", "diagnostics", "route-bundle-stats.json");
  const stats = JSON.parse(fs.readFileSync(file, "utf8")) as RouteStat[];
  const gzCache = new Map<string, number>();
  const gz = (p: string) => {
    let n = gzCache.get(p);
    if (n === undefined) {
      n = zlib.gzipSync(fs.readFileSync(path.join(dir, p)), { level: 9 }).length;
      gzCache.set(p, n);
    }
    return n;
  };
  const measured = stats.map((s) => {
    const onDisk = s.firstLoadChunkPaths.reduce((a, p) => a + fs.statSync(path.join(dir, p)).size, 0);
    if (onDisk !== s.firstLoadUncompressedJsBytes) {
      console.warn(`  note: ${s.route}: stats say ${s.firstLoadUncompressedJsBytes} B, chunk files sum to ${onDisk} B`);
    }
    return { route: s.route, chunks: s.firstLoadChunkPaths.length, rawBytes: s.firstLoadUncompressedJsBytes, gzipBytes: s.firstLoadChunkPaths.reduce((a, p) => a + gz(p), 0) };
  });
  const ref = measured.find((m) => m.route === REFERENCE_ROUTE);
  const bare = measured.find((m) => m.route === BARE_ROUTE);
  if (!ref || !bare) throw new Error(`route-bundle-stats.json lacks ${REFERENCE_ROUTE} or ${BARE_ROUTE}`);
  const rows: BundleRow[] = measured
    .map((m) => ({
      ...m,
      kind: (m.route === REFERENCE_ROUTE || m.route === BARE_ROUTE ? "bench" : m.route.startsWith("/_") ? "framework" : "app") as BundleRow["kind"],
      rawVsReference: m.rawBytes / ref.rawBytes, rawVsBare: m.rawBytes / bare.rawBytes,
      gzipVsReference: m.gzipBytes / ref.gzipBytes, gzipVsBare: m.gzipBytes / bare.gzipBytes,
    }))
    .sort((a, b) => (a.kind === b.kind ? a.route.localeCompare(b.route) : a.kind === "app" ? -1 : b.kind === "app" ? 1 : a.kind.localeCompare(b.kind)));
  const app = rows.filter((r) => r.kind === "app");
  const heaviest = app.reduce((a, b) => (b.rawBytes > a.rawBytes ? b : a));
  const textOnly = TEXT_ONLY_ROUTES.map((route) => {
    const r = rows.find((x) => x.route === route);
    return { route, rawVsBare: r?.rawVsBare ?? NaN, gzipVsBare: r?.gzipVsBare ?? NaN, met: r ? r.rawVsBare <= 1.1 : false, present: !!r };
  });
  return {
    rows, reference: ref, bare,
    targets: {
      heaviestVsReference: {
        target: "heaviest app route ≤ reference page (first-load JS, raw)",
        route: heaviest.route, rawBytes: heaviest.rawBytes, referenceBytes: ref.rawBytes, ratio: heaviest.rawVsReference, met: heaviest.rawBytes <= ref.rawBytes,
      },
      textOnlyVsBare: { target: "text-only routes within 10 % of the bare text page (first-load JS, raw)", routes: textOnly, met: textOnly.every((t) => t.met) },
    },
  };
}
export type BundleResult = ReturnType<typeof bundleStats>;
