/** The Next.js build id of the running server (.next/BUILD_ID next to the server, also in the standalone output). Server only. */
import fs from "node:fs";
import path from "node:path";

let cached: string | null = null;

export function buildId(): string {
  if (cached === null) {
    try {
      cached = fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      cached = "";
    }
  }
  return cached;
}
