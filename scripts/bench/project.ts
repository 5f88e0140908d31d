/** The separate copy of the project that the benchmarks build and serve, its fingerprint, and the kept build. */
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { installCleanup, spawnTracked, tail, tempDirs, waitExit } from "./processes";

export const REPO = path.resolve(__dirname, "..", "..");
export const TMP_PREFIX = "regionlaget-bench-";
/** Where the last kept temp build is recorded, so bench:load can reuse it. */
export const LATEST_FILE = path.join(os.tmpdir(), `${TMP_PREFIX}latest.json`);
export const HOST = "127.0.0.1";

/** Top-level entries that are never copied: build output, test output, VCS, and bench results. */
const EXCLUDE_TOP = new Set([
  "node_modules", ".next", ".git", "test-results", "playwright-report", "bench-results", "out", "coverage", "e2e",
]);
/** Files that don't affect the production build (tests are left out so a half-edited test can't break the copy). */
const EXCLUDE_FILE = /(^|\/)(tsconfig\.tsbuildinfo|next-env\.d\.ts|\.DS_Store)$|\.(test|spec)\.tsx?$/;

function includedRel(rel: string): boolean {
  const top = rel.split("/")[0];
  return !EXCLUDE_TOP.has(top) && !EXCLUDE_FILE.test(rel);
}

/** Relative paths ("/"-separated, sorted) of the project files a build depends on. */
export function sourceFiles(root = REPO): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (!includedRel(r)) continue;
      if (d.isDirectory()) walk(r);
      else if (d.isFile()) out.push(r);
    }
  };
  walk("");
  return out.sort();
}

/** Copied, but can't change what the app serves: left out of the fingerprint (so editing a script keeps the build). */
const NOT_FINGERPRINTED = /^scripts\/(?!chart-render-worker)|\.md$/;

/** sha256 over the paths and contents of the build inputs: equal fingerprints mean an identical build. */
export function fingerprint(root = REPO): string {
  const h = crypto.createHash("sha256");
  for (const rel of sourceFiles(root)) {
    if (!NOT_FINGERPRINTED.test(rel)) h.update(rel).update("\0").update(fs.readFileSync(path.join(root, rel))).update("\0");
  }
  return h.digest("hex");
}

export type TempProject = { dir: string; fingerprint: string };

/**
 * Copies the project (without node_modules/.next/test output) into a fresh dir under os.tmpdir(). node_modules is
 * COPIED, not symlinked: Turbopack refuses a node_modules symlink that points outside its root (next.config.ts sets
 * turbopack.root to the project dir), failing with "Could not find the Next.js package (next/package.json)".
 */
export function copyProject(): TempProject {
  installCleanup();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), TMP_PREFIX));
  tempDirs.add(dir); // removed on exit unless kept with keepBuild()
  const h = crypto.createHash("sha256");
  for (const rel of sourceFiles(REPO)) {
    const buf = fs.readFileSync(path.join(REPO, rel));
    if (!NOT_FINGERPRINTED.test(rel)) h.update(rel).update("\0").update(buf).update("\0");
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), buf);
  }
  execFileSync("cp", ["-a", "--reflink=auto", path.join(REPO, "node_modules"), path.join(dir, "node_modules")]);
  // Charts already drawn by this checkout's build (lib/static-chart; keyed by props and drawing code, so never stale).
  const drawn = path.join(REPO, ".next", "cache", "static-charts");
  if (fs.existsSync(drawn)) {
    fs.mkdirSync(path.join(dir, ".next", "cache"), { recursive: true });
    execFileSync("cp", ["-a", drawn, path.join(dir, ".next", "cache", "static-charts")]);
  }
  return { dir, fingerprint: h.digest("hex") };
}

export function nextBin(dir: string): string {
  return path.join(dir, "node_modules", "next", "dist", "bin", "next");
}

/** `next build` in dir; returns wall seconds. Throws with the end of the build log on failure. */
export async function nextBuild(dir: string): Promise<number> {
  const log = path.join(dir, "bench-build.log");
  const fd = fs.openSync(log, "w");
  const t0 = Date.now();
  const child = spawnTracked(process.execPath, [nextBin(dir), "build"], {
    cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", fd, fd],
  });
  const code = await waitExit(child);
  fs.closeSync(fd);
  if (code !== 0) throw new Error(`next build failed in ${dir} (exit ${code}). Last lines of ${log}:\n${tail(log, 40)}`);
  return (Date.now() - t0) / 1000;
}

type Latest = { dir: string; fingerprint: string; createdAt: string; by: string };

/** Keep this build for later reuse (bench:load) and delete the previously kept one. */
export function keepBuild(p: TempProject, by: string): void {
  let old: Latest | null = null;
  try {
    old = JSON.parse(fs.readFileSync(LATEST_FILE, "utf8")) as Latest;
  } catch {
    /* none */
  }
  if (old && old.dir !== p.dir && path.basename(old.dir).startsWith(TMP_PREFIX) && path.dirname(old.dir) === os.tmpdir()) {
    fs.rmSync(old.dir, { recursive: true, force: true });
  }
  fs.writeFileSync(LATEST_FILE, JSON.stringify({ dir: p.dir, fingerprint: p.fingerprint, createdAt: new Date().toISOString(), by }, null, 2));
  tempDirs.delete(p.dir);
}

/** Delete the kept build (if it is this one) now, and forget it. */
export function discardBuild(p: TempProject): void {
  fs.rmSync(p.dir, { recursive: true, force: true });
  tempDirs.delete(p.dir);
  try {
    const cur = JSON.parse(fs.readFileSync(LATEST_FILE, "utf8")) as Latest;
    if (cur.dir === p.dir) fs.rmSync(LATEST_FILE, { force: true });
  } catch {
    /* none */
  }
}

/** The kept temp build, if its sources equal the current working tree. */
export function findReusableBuild(): { project: TempProject | null; reason: string } {
  let cur: Latest;
  try {
    cur = JSON.parse(fs.readFileSync(LATEST_FILE, "utf8")) as Latest;
  } catch {
    return { project: null, reason: "no kept temp build" };
  }
  if (!fs.existsSync(path.join(cur.dir, ".next", "BUILD_ID"))) return { project: null, reason: `kept build ${cur.dir} is gone or incomplete` };
  if (cur.fingerprint !== fingerprint(REPO)) return { project: null, reason: `kept build ${cur.dir} is stale (sources changed since ${cur.createdAt})` };
  return { project: { dir: cur.dir, fingerprint: cur.fingerprint }, reason: `reusing ${cur.dir} (built ${cur.createdAt} by ${cur.by})` };
}

export function gitInfo(): { commit: string; dirtyFiles: number } {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: REPO, encoding: "utf8" }).split("\n").filter(Boolean).length;
    return { commit, dirtyFiles: dirty };
  } catch {
    return { commit: "unknown", dirtyFiles: -1 };
  }
}
