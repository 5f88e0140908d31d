/**
 * Where the app reads its dataset: data/dataset.json, or the file named by REGIONLAGET_DATASET (benchmarks and test
 * fixtures with synthetic data; never shipped). Server only.
 */
import path from "node:path";

export const DATASET_ENV = "REGIONLAGET_DATASET";

export function datasetFile(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const own = env[DATASET_ENV]?.trim();
  return own ? path.resolve(cwd, own) : path.join(cwd, "data", "dataset.json");
}
