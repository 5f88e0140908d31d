import { describe, expect, it } from "vitest";
import { parseSearchQuery, searchHref } from "./search";

describe("search page URL state", () => {
  it("round-trips a query, å/ä/ö and spaces included", () => {
    for (const q of ["bredband", "västerbotten 09", "BRP & GRP"]) expect(parseSearchQuery(new URLSearchParams(searchHref(q).split("?")[1]))).toBe(q);
    expect(searchHref("kompetens försörjning")).toBe("/sok?q=kompetens%20f%C3%B6rs%C3%B6rjning");
  });
  it("one string, trimmed, at most 200 characters; nothing is empty", () => {
    expect(parseSearchQuery({ q: ["  första ", "andra"] })).toBe("första");
    expect(parseSearchQuery({ q: "x".repeat(300) })).toHaveLength(200);
    expect(parseSearchQuery({})).toBe("");
  });
});
