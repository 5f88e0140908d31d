#!/usr/bin/env node
/**
 * Bundles the chart drawing worker (scripts/chart-render-worker.tsx: the app's recharts components in happy-dom) into
 * one plain JavaScript file, .next/chart-render-worker.mjs, so the standalone server can draw charts on demand
 * (views that depend on query parameters, see lib/static-chart/render.ts) without tsx, TypeScript sources or
 * node_modules. `npm run build` runs it after `next build`; prepare.mjs puts the file next to server.js.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const outfile = path.join(root, ".next", "chart-render-worker.mjs");
await build({
  entryPoints: [path.join(root, "scripts", "chart-render-worker.tsx")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // The same React build the server uses; tsx runs the worker with NODE_ENV=production too.
  define: { "process.env.NODE_ENV": '"production"' },
  alias: { "@": root },
  // CommonJS dependencies inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
});
console.log(`✓ chart worker bundled: ${path.relative(root, outfile)}`);
