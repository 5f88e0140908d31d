import { describe, expect, it } from "vitest";
import {
  MISSING_LABEL,
  SEQUENTIAL_PALETTE,
  classBreaks,
  classCount,
  classify,
  legendLabels,
  paletteFor,
  rankRegions,
} from "./classes";

const sv = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const fmt0 = (n: number) => sv.format(n);
const NBSP = "\u00a0";

/** Class sizes for values under breaks. */
function sizes(values: number[], breaks: number[]): number[] {
  const out = new Array(classCount(breaks)).fill(0);
  for (const v of values) out[classify(v, breaks)]++;
  return out;
}

/** Invariants every result of classBreaks must satisfy. */
function checkInvariants(values: number[], k: number) {
  const b = classBreaks(values, k);
  const distinct = new Set(values).size;
  expect(b[0]).toBe(Math.min(...values));
  expect(b[b.length - 1]).toBe(Math.max(...values));
  expect(classCount(b)).toBeLessThanOrEqual(Math.min(k, distinct));
  for (let i = 1; i < b.length - 1; i++) expect(b[i]).toBeGreaterThan(b[i - 1]);
  // every class is non-empty
  for (const s of sizes(values, b)) expect(s).toBeGreaterThan(0);
  // ties never split: a given value always maps to one class (trivially true) and classes are ordered
  const sorted = [...values].sort((x, y) => x - y);
  const cls = sorted.map((v) => classify(v, b));
  for (let i = 1; i < cls.length; i++) expect(cls[i]).toBeGreaterThanOrEqual(cls[i - 1]);
  return b;
}

describe("classBreaks", () => {
  it("returns [] for empty input and ignores non-finite values", () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([NaN, Infinity])).toEqual([]);
    expect(classBreaks([null, 3, undefined, NaN, 1])).toEqual([1, 3, 3]);
  });

  it("gives one class for a single value or all-equal values", () => {
    expect(classBreaks([7])).toEqual([7, 7]);
    expect(classBreaks([4, 4, 4, 4])).toEqual([4, 4]);
    expect(classify(7, [7, 7])).toBe(0);
  });

  it("splits 21 distinct values into 5 quantile classes of 5/4/4/4/4", () => {
    const values = Array.from({ length: 21 }, (_, i) => (i + 1) * 10);
    const b = checkInvariants(values, 5);
    expect(b).toEqual([10, 60, 100, 140, 180, 210]);
    expect(sizes(values, b)).toEqual([5, 4, 4, 4, 4]);
  });

  it("does not depend on input order", () => {
    const values = [5, 3, 9, 1, 7, 2, 8, 4, 6, 10];
    expect(classBreaks(values)).toEqual(classBreaks([...values].sort((a, b) => a - b)));
  });

  it("gives one class per distinct value when there are fewer distinct values than k", () => {
    const b = checkInvariants([1, 2, 3], 5);
    expect(b).toEqual([1, 2, 3, 3]);
    expect([1, 2, 3].map((v) => classify(v, b))).toEqual([0, 1, 2]);

    const b2 = checkInvariants([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], 5);
    expect(b2).toEqual([1, 2, 3, 3]);
    expect(sizes([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], b2)).toEqual([8, 1, 1]);
  });

  it("keeps tied values together and does not lump a distinct maximum into a tie block", () => {
    const values = [1, 2, 3, 3, 3, 3, 3, 3, 3, 10];
    const b = checkInvariants(values, 5);
    expect(b).toEqual([1, 3, 10, 10]);
    expect(sizes(values, b)).toEqual([2, 7, 1]);
  });

  it("handles a tie at the top", () => {
    const values = [1, 2, 3, 4, 5, 5, 5, 5, 5, 5];
    const b = checkInvariants(values, 5);
    expect(classify(5, b)).toBe(classCount(b) - 1);
    expect(sizes(values, b).at(-1)).toBe(6);
  });

  it("satisfies the invariants on many random inputs with ties", () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rnd() * 30);
      const spread = 1 + Math.floor(rnd() * 12);
      const values = Array.from({ length: n }, () => Math.floor(rnd() * spread) - 3);
      checkInvariants(values, 1 + Math.floor(rnd() * 6));
    }
  });

  it("supports k other than 5", () => {
    expect(classBreaks([1, 2, 3, 4], 2)).toEqual([1, 3, 4]);
    expect(classBreaks([1, 2, 3, 4], 1)).toEqual([1, 4]);
  });
});

describe("classify", () => {
  const b = [10, 20, 30, 40];
  it("uses lower-inclusive classes with the maximum in the last class", () => {
    expect(classify(10, b)).toBe(0);
    expect(classify(19.99, b)).toBe(0);
    expect(classify(20, b)).toBe(1);
    expect(classify(30, b)).toBe(2);
    expect(classify(40, b)).toBe(2);
  });
  it("clamps out-of-range values", () => {
    expect(classify(-5, b)).toBe(0);
    expect(classify(99, b)).toBe(2);
  });
  it("returns -1 for missing values or empty breaks", () => {
    expect(classify(null, b)).toBe(-1);
    expect(classify(undefined, b)).toBe(-1);
    expect(classify(NaN, b)).toBe(-1);
    expect(classify(5, [])).toBe(-1);
  });
});

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("SEQUENTIAL_PALETTE", () => {
  it("has 5 colours ordered light to dark", () => {
    expect(SEQUENTIAL_PALETTE).toHaveLength(5);
    const l = SEQUENTIAL_PALETTE.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]);
  });
  it("has at least 3:1 contrast against white for the three darkest classes", () => {
    for (const c of SEQUENTIAL_PALETTE.slice(2)) expect(contrastWithWhite(c)).toBeGreaterThanOrEqual(3);
  });
  it("paletteFor spreads fewer classes over the full range", () => {
    expect(paletteFor(5)).toEqual([...SEQUENTIAL_PALETTE]);
    expect(paletteFor(2)).toEqual([SEQUENTIAL_PALETTE[0], SEQUENTIAL_PALETTE[4]]);
    expect(paletteFor(3)).toEqual([SEQUENTIAL_PALETTE[0], SEQUENTIAL_PALETTE[2], SEQUENTIAL_PALETTE[4]]);
    expect(paletteFor(1)).toEqual([SEQUENTIAL_PALETTE[2]]);
    expect(paletteFor(0)).toEqual([]);
    expect(paletteFor(9)).toHaveLength(5);
  });
});

describe("legendLabels", () => {
  it("formats Swedish ranges with an en dash using the given formatter", () => {
    expect(legendLabels([1234, 2345, 3456], fmt0)).toEqual([`1${NBSP}234–2${NBSP}345`, `2${NBSP}345–3${NBSP}456`]);
  });
  it("uses decimal commas from the formatter", () => {
    const f1 = (n: number) => new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
    expect(legendLabels([12.3, 14.55], f1)).toEqual(["12,3–14,6"]);
  });
  it("collapses degenerate classes and spaces the dash for negative bounds", () => {
    expect(legendLabels([1, 2, 3, 3], fmt0)).toEqual(["1–2", "2–3", "3"]);
    expect(legendLabels([7, 7], fmt0)).toEqual(["7"]);
    expect(legendLabels([-5, -2, 4], fmt0)).toEqual(["\u22125 – \u22122", "\u22122 – 4"]);
  });
  it("with whole numbers, says exactly which values each class holds", () => {
    // The overview map's record counts: classes [5,6) [6,7) [7,8) [8,11) [11,12].
    expect(legendLabels([5, 6, 7, 8, 11, 12], fmt0, { integers: true })).toEqual(["5", "6", "7", "8–10", "11–12"]);
    expect(legendLabels([1, 2, 3, 3], fmt0, { integers: true })).toEqual(["1", "2", "3"]);
    expect(legendLabels([-5, -2, 4], fmt0, { integers: true })).toEqual(["\u22125 – \u22123", "\u22122 – 4"]);
    // Every value of the data lands in the class whose label contains it.
    const values = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55];
    const b = classBreaks(values, 5);
    const labels = legendLabels(b, fmt0, { integers: true });
    for (const v of values) {
      const [lo, hi = lo] = labels[classify(v, b)].split("–").map(Number);
      expect(v).toBeGreaterThanOrEqual(lo);
      expect(v).toBeLessThanOrEqual(hi);
    }
  });
  it("returns no labels without classes", () => {
    expect(legendLabels([], fmt0)).toEqual([]);
    expect(legendLabels([3], fmt0)).toEqual([]);
  });
  it("exports the missing-value label", () => {
    expect(MISSING_LABEL).toBe("Uppgift saknas");
  });
});

describe("rankRegions", () => {
  it("ranks descending by default with competition ranking for ties (1, 2, 2, 4)", () => {
    const r = rankRegions([
      { region: "A", value: 10 },
      { region: "B", value: 30 },
      { region: "C", value: 20 },
      { region: "D", value: 20 },
    ]);
    expect(r.map((x) => [x.region, x.rank])).toEqual([
      ["A", 4],
      ["B", 1],
      ["C", 2],
      ["D", 2],
    ]);
  });

  it("ranks ascending (lowest first)", () => {
    const r = rankRegions(
      [
        { region: "A", value: 5 },
        { region: "B", value: 1 },
        { region: "C", value: 1 },
        { region: "D", value: 3 },
      ],
      "asc",
    );
    expect(r.map((x) => x.rank)).toEqual([4, 1, 1, 3]);
  });

  it("leaves missing values unranked and does not count them", () => {
    const r = rankRegions([
      { region: "A", value: null },
      { region: "B", value: 2 },
      { region: "C", value: NaN },
      { region: "D", value: 9 },
      { region: "E", value: 2 },
    ]);
    expect(r.map((x) => x.rank)).toEqual([null, 2, null, 1, 2]);
  });

  it("handles all-tied, all-missing and empty input, and keeps extra fields", () => {
    expect(rankRegions([{ region: "A", value: 1 }, { region: "B", value: 1 }]).map((x) => x.rank)).toEqual([1, 1]);
    expect(rankRegions([{ region: "A", value: null }]).map((x) => x.rank)).toEqual([null]);
    expect(rankRegions([])).toEqual([]);
    const [x] = rankRegions([{ region: "01", value: 3, name: "Stockholms län" }]);
    expect(x).toEqual({ region: "01", value: 3, name: "Stockholms län", rank: 1 });
  });

  it("handles many ties in a larger set", () => {
    const values = [5, 5, 5, 4, 4, 3, null, 3, 1].map((value, i) => ({ region: String(i), value }));
    expect(rankRegions(values).map((x) => x.rank)).toEqual([1, 1, 1, 4, 4, 6, null, 6, 8]);
  });
});
