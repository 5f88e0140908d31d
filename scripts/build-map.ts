/**
 * Generates components/map/sweden-paths.ts from the county outline map.
 *
 *   npx tsx scripts/build-map.ts
 *
 * Inputs (copied unchanged from the shared raw material, see data/sources/sweden-counties.ATTRIBUTION.md):
 *   data/sources/sweden-counties.svg                 21 <path id name d> elements, @svg-maps/sweden 1.0.1, CC BY 4.0
 *   data/sources/sweden-counties.id-to-lan-code.csv  svg_id,svg_name,region_code,region_name
 *
 * The path geometry is not simplified: every vertex of the source is kept, only rounded to one decimal of a map unit
 * (roundRelativePath; at most 0,05 units off, invisible at any size the map is drawn). That cuts the map's share of
 * each page that shows it by about a fifth; unit tests check the rounding against the source vertex by vertex.
 *
 * Known defect in the source map (checked against the geometry, see assertGeography below): the ids and names of
 * two paths are swapped. The path with id "vastmanland" is the large northern county between Jämtland/Västerbotten
 * and Gävleborg, i.e. Västernorrland (22), and the path with id "vasternorrland" is the small county between
 * Dalarna, Uppsala and Örebro, i.e. Västmanland (19). SOURCE_ID_CORRECTIONS fixes this; the geography assertions
 * fail loudly if the source (or the mapping) changes so that the correction is no longer right.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { parseCsvRecords } from "../lib/data-pipeline/csv";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC_DIR = path.join(ROOT, "data", "sources");
const SVG_FILE = path.join(SRC_DIR, "sweden-counties.svg");
const CSV_FILE = path.join(SRC_DIR, "sweden-counties.id-to-lan-code.csv");
const OUT_FILE = path.join(ROOT, "components", "map", "sweden-paths.ts");

const EXPECTED_VIEWBOX = "0 0 346 793";
const EXPECTED_CODES = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];

/** svg_id → correct county code, overriding the CSV where the source map's ids are wrong (see header). */
const SOURCE_ID_CORRECTIONS: Record<string, string> = {
  vastmanland: "22", // drawn shape is Västernorrland
  vasternorrland: "19", // drawn shape is Västmanland
};

interface SvgPath {
  id: string;
  name: string;
  d: string;
}

function fail(msg: string): never {
  throw new Error(`build-map: ${msg}`);
}

function decodeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return m ? decodeXml(m[1]) : undefined;
}

export function parseSvg(svg: string): { viewBox: string; paths: SvgPath[] } {
  const root = /<svg\b([^>]*)>/.exec(svg) ?? fail("no <svg> element");
  const viewBox = attr(root[1], "viewBox") ?? fail("no viewBox");
  const paths: SvgPath[] = [];
  for (const m of svg.matchAll(/<path\b([^>]*?)\/?>/g)) {
    const a = m[1];
    const id = attr(a, "id") ?? fail(`path without id: ${a.slice(0, 80)}`);
    const name = attr(a, "name") ?? fail(`path ${id} without name`);
    const d = (attr(a, "d") ?? fail(`path ${id} without d`)).replace(/\s+/g, " ").trim();
    if (!/^[mMzZlLhHvVcCsSqQtTaA0-9eE.,+\-\s]+$/.test(d)) fail(`path ${id} has unexpected characters in d`);
    paths.push({ id, name, d });
  }
  return { viewBox: viewBox.trim().replace(/\s+/g, " "), paths };
}

export function parseCsv(csv: string): { svgId: string; code: string; regionName: string }[] {
  const rows = parseCsvRecords(csv);
  const col = (r: Record<string, string>, n: string) => r[n] ?? fail(`CSV lacks column ${n}`);
  return rows.map((r) => ({ svgId: col(r, "svg_id").trim(), code: col(r, "region_code").trim(), regionName: col(r, "region_name").trim() }));
}

/** Absolute vertices of each subpath of a path that only uses relative moveto/lineto (m, implicit l) and z. */
export function relativePathPoints(d: string): [number, number][][] {
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  const subpaths: [number, number][][] = [];
  for (const seg of d.match(/[a-zA-Z][^a-zA-Z]*/g) ?? []) {
    const cmd = seg[0];
    if (cmd === "z" || cmd === "Z") {
      x = sx;
      y = sy;
      continue;
    }
    if (cmd !== "m") fail(`unsupported path command ${cmd} (only m/z are handled)`);
    const nums = seg.slice(1).trim().split(/[\s,]+/).filter(Boolean).map(Number);
    const pts: [number, number][] = [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i];
      y += nums[i + 1];
      if (i === 0) {
        sx = x;
        sy = y;
      }
      pts.push([x, y]);
    }
    subpaths.push(pts);
  }
  return subpaths;
}

/** Bounding box of a path that only uses relative moveto/lineto (m, implicit l) and z, as this source does. */
export function relativePathBBox(d: string): { minX: number; minY: number; maxX: number; maxY: number } {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of relativePathPoints(d).flat()) {
    b.minX = Math.min(b.minX, x);
    b.minY = Math.min(b.minY, y);
    b.maxX = Math.max(b.maxX, x);
    b.maxY = Math.max(b.maxY, y);
  }
  return b;
}

/** Map coordinates keep this many decimals: 0,1 map units is 0,1 px or less at any size the map is drawn. */
export const MAP_DECIMALS = 1;

const num = (v: number) => {
  const r = Number(v.toFixed(MAP_DECIMALS));
  return String(Object.is(r, -0) ? 0 : r);
};

/**
 * Rounds a relative m/z path's absolute vertices to MAP_DECIMALS and writes it back as a relative m/z path.
 * Rounding the absolute points (not the relative steps) means errors do not add up along an outline, and a border
 * point shared by two counties stays shared. Steps that become zero-length are dropped. Every vertex moves by at most
 * half a unit in the last decimal (0,05 map units); the source has 2–5 decimals, far finer than a screen can show.
 */
export function roundRelativePath(d: string): string {
  const q = 10 ** MAP_DECIMALS;
  const round = (v: number) => Math.round(v * q) / q;
  const out: string[] = [];
  // The current point in rounded coordinates, carried across subpaths exactly as the SVG rules do (after z: the start).
  let cx = 0;
  let cy = 0;
  for (const pts of relativePathPoints(d)) {
    const rounded = pts.map(([x, y]) => [round(x), round(y)] as const);
    const kept = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
    const steps: string[] = [];
    let px = cx;
    let py = cy;
    for (const [x, y] of kept) {
      steps.push(`${num(x - px)},${num(y - py)}`);
      px = x;
      py = y;
    }
    out.push(`m ${steps.join(" ")} z`);
    [cx, cy] = kept[0];
  }
  return out.join(" ");
}

/** Coarse sanity checks that the code → shape assignment matches Sweden's geography. */
function assertGeography(byCode: Map<string, string>) {
  const box = (code: string) => relativePathBBox(byCode.get(code) ?? fail(`no path for ${code}`));
  const cy = (code: string) => {
    const b = box(code);
    return (b.minY + b.maxY) / 2;
  };
  const area = (code: string) => {
    const b = box(code);
    return (b.maxX - b.minX) * (b.maxY - b.minY);
  };
  const checks: [string, boolean][] = [
    ["Norrbotten (25) is northernmost", EXPECTED_CODES.every((c) => c === "25" || cy("25") < cy(c))],
    ["Skåne (12) is southernmost", EXPECTED_CODES.every((c) => c === "12" || cy("12") > cy(c))],
    ["Västernorrland (22) lies north of Gävleborg (21)", cy("22") < cy("21")],
    ["Västmanland (19) lies south of Gävleborg (21)", cy("19") > cy("21")],
    ["Västernorrland (22) is larger than Västmanland (19)", area("22") > 2 * area("19")],
    ["Gotland (09) lies east of Kalmar (08)", box("09").minX > box("08").maxX],
    ["Halland (13) lies west of Jönköping (06)", box("13").minX < box("06").minX],
    ["Uppsala (03) lies north of Stockholm (01)", cy("03") < cy("01")],
  ];
  const bad = checks.filter(([, ok]) => !ok).map(([what]) => what);
  if (bad.length) fail(`geography check failed: ${bad.join("; ")}`);
}

export function buildModule(svgText: string, csvText: string): string {
  const { viewBox, paths } = parseSvg(svgText);
  if (viewBox !== EXPECTED_VIEWBOX) fail(`unexpected viewBox ${viewBox}`);
  if (paths.length !== 21) fail(`expected 21 paths, found ${paths.length}`);

  const rows = parseCsv(csvText);
  const codeById = new Map(rows.map((r) => [r.svgId, r.code]));
  const nameByCode = new Map(rows.map((r) => [r.code, r.regionName]));
  if (rows.length !== 21 || codeById.size !== 21 || nameByCode.size !== 21) fail("CSV must map 21 distinct ids to 21 distinct codes");

  const entries = paths.map((p) => {
    const csvCode = codeById.get(p.id) ?? fail(`svg id "${p.id}" missing from CSV`);
    const code = SOURCE_ID_CORRECTIONS[p.id] ?? csvCode;
    return { code, svgId: p.id, name: nameByCode.get(code) ?? fail(`no name for ${code}`), d: roundRelativePath(p.d) };
  });
  entries.sort((a, b) => a.code.localeCompare(b.code));
  const codes = entries.map((e) => e.code);
  if (codes.join() !== EXPECTED_CODES.join()) fail(`codes do not match the 21 län: ${codes.join()}`);
  assertGeography(new Map(entries.map((e) => [e.code, e.d])));

  const body = entries
    .map((e) => `  { code: ${JSON.stringify(e.code)}, svgId: ${JSON.stringify(e.svgId)}, name: ${JSON.stringify(e.name)}, d: ${JSON.stringify(e.d)} },`)
    .join("\n");

  return `// GENERATED FILE, do not edit by hand. Regenerate with: npx tsx scripts/build-map.ts
//
// Source: data/sources/sweden-counties.svg, an unchanged copy of sweden.svg from the npm package
// @svg-maps/sweden 1.0.1 (https://github.com/VictorCazanave/svg-maps), based on MapSVG (https://mapsvg.com/maps/sweden),
// licensed CC BY 4.0 (data/sources/sweden-counties.LICENSE.md). Path geometry: every source vertex, rounded to
// ${MAP_DECIMALS} decimal of a map unit (at most 0.05 units off; scripts/build-map.ts), re-keyed by county code
// (data/sources/sweden-counties.id-to-lan-code.csv). The source ids "vastmanland" and "vasternorrland"
// are attached to each other's shapes; this module assigns codes by shape (22 = Västernorrland, 19 = Västmanland),
// see scripts/build-map.ts.

export const MAP_VIEWBOX = ${JSON.stringify(viewBox)};

/** Credit line required by the CC BY 4.0 licence of the outline map. */
export const MAP_CREDIT = "Karta: MapSVG / svg-maps, CC BY 4.0";
export const MAP_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
export const MAP_SOURCE_URL = "https://github.com/VictorCazanave/svg-maps/tree/master/packages/sweden";

export interface MapPath {
  /** Two-digit county code (länskod), e.g. "09". */
  code: string;
  /** Path id in the source SVG (ASCII, may contain a space; not used as an HTML id). */
  svgId: string;
  /** Official county name, e.g. "Gotlands län". */
  name: string;
  /** SVG path data in the MAP_VIEWBOX coordinate system. */
  d: string;
}

/** The 21 län, sorted by county code. */
export const MAP_PATHS: MapPath[] = [
${body}
];
`;
}

function main() {
  for (const f of [SVG_FILE, CSV_FILE, path.join(SRC_DIR, "sweden-counties.LICENSE.md"), path.join(SRC_DIR, "sweden-counties.ATTRIBUTION.md")]) {
    if (!existsSync(f)) fail(`missing input ${path.relative(ROOT, f)} (copy it from the shared data-sources folder)`);
  }
  const out = buildModule(readFileSync(SVG_FILE, "utf8"), readFileSync(CSV_FILE, "utf8"));
  writeFileSync(OUT_FILE, out);
  console.log(`build-map: wrote ${path.relative(ROOT, OUT_FILE)} (${out.length} bytes, 21 paths)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
