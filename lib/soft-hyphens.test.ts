import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { softHyphens } from "./soft-hyphens";

describe("softHyphens", () => {
  it("marks the joins of known compounds, keeping case and the visible text", () => {
    expect(softHyphens("Kompetensförsörjning och kompetensutveckling")).toBe("Kompetens\u00adförsörjning och kompetens\u00adutveckling");
    expect(softHyphens("Integration")).toBe("Integra\u00adtion");
    expect(softHyphens("Om data")).toBe("Om data");
  });
  it("never changes a theme name's letters", () => {
    const d = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "dataset.json"), "utf8"));
    for (const t of d.themes) for (const n of [t.nameSv, t.nameEn]) expect(softHyphens(n).replace(/\u00ad/g, "")).toBe(n);
  });
});
