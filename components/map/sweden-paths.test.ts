import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildModule, parseSvg, relativePathBBox, relativePathPoints, roundRelativePath } from "../../scripts/build-map";
import { MAP_PATHS, MAP_VIEWBOX } from "./sweden-paths";

const CODES = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");

describe("sweden-paths", () => {
  it("has the viewBox of the source map", () => {
    expect(MAP_VIEWBOX).toBe("0 0 346 793");
  });

  it("has 21 paths with the 21 county codes, once each, sorted", () => {
    expect(MAP_PATHS).toHaveLength(21);
    expect(MAP_PATHS.map((p) => p.code)).toEqual(CODES);
    expect(new Set(MAP_PATHS.map((p) => p.svgId)).size).toBe(21);
  });

  it("has a name and non-empty path data for every county", () => {
    for (const p of MAP_PATHS) {
      expect(p.name).toMatch(/län$/);
      expect(p.d).toMatch(/^m [\d.-]+,[\d.-]+ .* z$/);
    }
    expect(MAP_PATHS.find((p) => p.code === "09")?.name).toBe("Gotlands län");
    expect(MAP_PATHS.find((p) => p.code === "14")?.svgId).toBe("vastra gotaland");
  });

  it("puts the shapes where the counties are (incl. the Västmanland/Västernorrland id swap in the source)", () => {
    const cy = (code: string) => {
      const b = relativePathBBox(MAP_PATHS.find((p) => p.code === code)!.d);
      return (b.minY + b.maxY) / 2;
    };
    expect(cy("22")).toBeLessThan(cy("21")); // Västernorrland north of Gävleborg
    expect(cy("19")).toBeGreaterThan(cy("21")); // Västmanland south of Gävleborg
    expect(cy("25")).toBeLessThan(cy("24")); // Norrbotten north of Västerbotten
    expect(cy("12")).toBeGreaterThan(cy("07")); // Skåne south of Kronoberg
    for (const p of MAP_PATHS) {
      const b = relativePathBBox(p.d);
      expect(b.minX).toBeGreaterThanOrEqual(0);
      expect(b.minY).toBeGreaterThanOrEqual(0);
      expect(b.maxX).toBeLessThanOrEqual(346);
      expect(b.maxY).toBeLessThanOrEqual(793);
    }
  });

  it("is exactly what scripts/build-map.ts generates from data/sources", () => {
    const generated = buildModule(
      read("../../data/sources/sweden-counties.svg"),
      read("../../data/sources/sweden-counties.id-to-lan-code.csv"),
    );
    expect(generated).toBe(read("./sweden-paths.ts"));
  });

  it("keeps every source vertex, each within 0.05 map units, with shared borders still shared", () => {
    const source = parseSvg(read("../../data/sources/sweden-counties.svg")).paths;
    let sourceChars = 0;
    let mapChars = 0;
    for (const src of source) {
      const rounded = roundRelativePath(src.d);
      const a = relativePathPoints(src.d);
      const b = relativePathPoints(rounded);
      expect(b).toHaveLength(a.length);
      a.forEach((pts, i) => {
        // Rounding each absolute source vertex, then dropping repeats, gives exactly the vertices of the output.
        const expected = pts
          .map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10])
          .filter((p, j, all) => j === 0 || p[0] !== all[j - 1][0] || p[1] !== all[j - 1][1]);
        expect(b[i]).toHaveLength(expected.length);
        b[i].forEach(([x, y], j) => {
          expect(x).toBeCloseTo(expected[j][0], 9);
          expect(y).toBeCloseTo(expected[j][1], 9);
        });
        for (const [x, y] of pts) {
          const near = b[i].some(([bx, by]) => Math.abs(bx - x) <= 0.05 + 1e-9 && Math.abs(by - y) <= 0.05 + 1e-9);
          expect(near).toBe(true);
        }
      });
      sourceChars += src.d.length;
      mapChars += rounded.length;
    }
    expect(mapChars / sourceChars).toBeLessThan(0.8);
  });

  it("rounds absolute points, not steps, so errors do not add up along an outline", () => {
    // Ten steps of 0.04: rounding each step would give 0 and lose the whole 0.4; rounding the points keeps it.
    const d = `m 10,10 ${Array(10).fill("0.04,0").join(" ")} z`;
    const pts = relativePathPoints(roundRelativePath(d))[0];
    expect(pts[pts.length - 1][0]).toBeCloseTo(10.4, 9);
    expect(roundRelativePath("m 1.26,2.24 0.01,0 1,1 z m 5,5 1,0 z")).toBe("m 1.3,2.2 1,1 z m 5,5 1,0 z");
  });
});
