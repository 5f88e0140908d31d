import { describe, expect, it } from "vitest";
import { countAxisTickCount } from "./chart-types";

describe("countAxisTickCount", () => {
  it("gives one tick per whole number when the longest bar is short", () => {
    expect(countAxisTickCount([0, 1, 2, 1], 0)).toBe(3); // 0, 1, 2
    expect(countAxisTickCount([3], 0)).toBe(4); // 0, 1, 2, 3
    expect(countAxisTickCount([1, 0], 0)).toBe(2); // 0, 1
  });
  it("keeps an axis to 1 when every bar is 0 (or there are none)", () => {
    expect(countAxisTickCount([0, 0], 0)).toBe(2);
    expect(countAxisTickCount([], 0)).toBe(2);
  });
  it("leaves longer axes, decimals, negative and fractional values to recharts", () => {
    expect(countAxisTickCount([4, 2], 0)).toBeUndefined();
    expect(countAxisTickCount([12], 0)).toBeUndefined();
    expect(countAxisTickCount([1.5], 1)).toBeUndefined();
    expect(countAxisTickCount([2], 1)).toBeUndefined();
    expect(countAxisTickCount([-1, 2], 0)).toBeUndefined();
    expect(countAxisTickCount([2.5], 0)).toBeUndefined();
  });
});
