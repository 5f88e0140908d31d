import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("importen i webbläsaren", () => {
  it("import/ är ren: inga node:-importer, så webbläsaren kan återanvända den", () => {
    const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "test-support.ts");
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) {
      const src = fs.readFileSync(path.join(__dirname, f), "utf8");
      const imports = [...src.matchAll(/^import[^;]*?from "([^"]+)"/gm)].map((m) => m[1]);
      expect(imports.filter((m) => m.startsWith("node:") || ["fs", "path", "os"].includes(m)), f).toEqual([]);
    }
  });
});
