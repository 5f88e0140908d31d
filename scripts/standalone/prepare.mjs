#!/usr/bin/env node
/**
 * Makes .next/standalone runnable on its own after `next build` (output: 'standalone'): copies the hashed static
 * files, public/ (if any), the dataset the dynamic routes read at runtime, and start.sh next to server.js.
 * Idempotent and quick, so CI/e2e and `npm run start` run it before every start (a fresh `npx next build` then never
 * leaves stale static files behind). The Dockerfile runs the same step and ships the folder.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = path.join(root, ".next", "standalone");
if (!fs.existsSync(path.join(out, "server.js"))) {
  console.error("✖ .next/standalone/server.js saknas: kör `npm run build` (next build med output: 'standalone') först.");
  process.exit(1);
}
const copy = (from, to) => {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
};
copy(path.join(root, ".next", "static"), path.join(out, ".next", "static"));
if (fs.existsSync(path.join(root, "public"))) copy(path.join(root, "public"), path.join(out, "public"));
// Charts drawn at build time (lib/static-chart): the live chart fetches its props from this cache by key.
const drawn = path.join(root, ".next", "cache", "static-charts");
if (fs.existsSync(drawn)) copy(drawn, path.join(out, ".next", "cache", "static-charts"));
// The chart worker, bundled (bundle-worker.mjs): the standalone server draws query views with it on demand.
const bundledWorker = path.join(root, ".next", "chart-render-worker.mjs");
if (fs.existsSync(bundledWorker)) fs.copyFileSync(bundledWorker, path.join(out, "chart-render-worker.mjs"));
fs.mkdirSync(path.join(out, "data"), { recursive: true });
fs.copyFileSync(path.join(root, "data", "dataset.json"), path.join(out, "data", "dataset.json"));
fs.copyFileSync(path.join(root, "scripts", "standalone", "start.sh"), path.join(out, "start.sh"));
fs.chmodSync(path.join(out, "start.sh"), 0o755);
