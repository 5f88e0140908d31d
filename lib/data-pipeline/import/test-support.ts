/** Shared by the import's tests: copies of data/, snapshots, the CLI in-process and an in-process data:build. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect } from "vitest";
import { runImportCli } from "../../../scripts/import-data";
import { check, datasetSchema } from "../../schema";
import { loadBuildInput } from "../io";
import { buildDataset } from "../normalize";
import { datasetText } from "./apply";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const DATA = path.join(ROOT, "data");
export const FIX = fileURLToPath(new URL("../__fixtures__/malformed/", import.meta.url));
export const NOW = new Date("2026-01-15T10:00:00Z");
export const fx = (name: string) => path.join(FIX, name);
export const bytes = (s: string) => new TextEncoder().encode(s);
export const ENTRY_HEADER = "id;region;tema;typ;titel;sammanfattning;ar;aktor;kalla_url;kalla_titel;siffror";
// Runs that reach stage 2 load and build the whole dataset (a few seconds on a busy machine).
export const SLOW = { timeout: 60_000 };

const tmpDirs: string[] = [];
/** A fresh copy of data/ (meta, sources, dataset.json) in a temp directory, removed after the test file. */
export function copyData(): string {
  if (tmpDirs.length === 0) afterAll(() => tmpDirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regionlaget-import-"));
  tmpDirs.push(dir);
  for (const p of ["meta", "sources", "dataset.json"]) fs.cpSync(path.join(DATA, p), path.join(dir, p), { recursive: true });
  return dir;
}

/** sha256 of every file under dir, by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash("sha256").update(fs.readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

export function run(dataDir: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runImportCli(args, { dataDir, now: NOW, cwd: ROOT, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** What `npm run data:build` would write for dataDir, computed in-process. */
export function rebuild(dataDir: string): string {
  const { dataset, problems } = buildDataset(loadBuildInput(dataDir));
  expect(problems).toEqual([]);
  const checked = check(datasetSchema, dataset);
  if (!checked.ok) throw new Error(checked.problems.join("\n"));
  return datasetText(checked.data);
}
