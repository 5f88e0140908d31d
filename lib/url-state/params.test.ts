import { describe, expect, it } from "vitest";
import { firstParam, listParam, pickList, pickListParam, pickParam } from "./params";

describe("pickParam / pickList", () => {
  it("picks allowed values or the fallback", () => {
    expect(pickParam({ ar: "2021" }, "ar", [2019, 2021], 2019)).toBe(2021);
    expect(pickParam({ ar: "1800" }, "ar", [2019, 2021], 2019)).toBe(2019);
  });
  it("keeps valid list items in order, deduplicated and capped", () => {
    expect(pickList({ regioner: "12,xx,09,12,01" }, "regioner", ["01", "09", "12"], 2)).toEqual(["12", "09"]);
  });
});

describe("list parameters in both forms", () => {
  it("accepts repeated and comma-separated values", () => {
    expect(listParam(new URLSearchParams("r=01&r=12,14"), "r")).toEqual(["01", "12", "14"]);
    expect(listParam({ r: ["01", "09"] }, "r")).toEqual(["01", "09"]);
    expect(listParam({}, "r")).toEqual([]);
  });
  it("keeps only allowed values, deduplicated and capped", () => {
    expect(pickListParam({ r: ["01", "xx", "01", "09", "12"] }, "r", ["01", "09", "12"], 2)).toEqual(["01", "09"]);
  });
});

describe("firstParam", () => {
  it("reads the first value from URLSearchParams and from Next's searchParams object", () => {
    expect(firstParam(new URLSearchParams("k=a&k=b"), "k")).toBe("a");
    expect(firstParam({ k: ["a", "b"] }, "k")).toBe("a");
    expect(firstParam({ k: "a" }, "k")).toBe("a");
    expect(firstParam({}, "k")).toBeUndefined();
  });
});
