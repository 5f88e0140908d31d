/**
 * Where the app reads its dataset: data/dataset.json, or the file named by REGIONLAGET_DATASET (benchmarks and test
 * fixtures with synthetic data; never shipped). Server only.
 */
import fs from "node:fs";
import path from "node:path";
import { dataVersionOf } from "./cache-headers";

export const DATASET_ENV = "REGIONLAGET_DATASET";

export function datasetFile(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const own = env[DATASET_ENV]?.trim();
  return own ? path.resolve(cwd, own) : path.join(cwd, "data", "dataset.json");
}

let version: string | null = null;

/**
 * The data version (meta.builtAt) of the dataset this server reads, read once (the server never re-reads its dataset
 * either). proxy.ts puts it into every page's ETag; "okänd" if the file cannot be read (the page then says why).
 */
export function datasetVersion(): string {
  if (version === null) {
    try {
      version = dataVersionOf(JSON.parse(fs.readFileSync(datasetFile(), "utf8")));
    } catch {
      version = "okänd";
    }
  }
  return version;
}
