import { describe, expect, it } from "vitest";
import { sourceTypeCounts } from "./source-types";

describe("sourceTypeCounts", () => {
  it("counts every type in a fixed order, zeros included", () => {
    expect(sourceTypeCounts([{ type: "spegel" }, { type: "myndighet" }, { type: "spegel" }])).toEqual([
      { type: "officiell-statistik", count: 0 }, { type: "regionens-egen", count: 0 }, { type: "myndighet", count: 1 },
      { type: "tredje-part", count: 0 }, { type: "spegel", count: 2 },
    ]);
  });
});
