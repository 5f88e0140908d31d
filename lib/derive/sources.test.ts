import { describe, expect, it } from "vitest";
import { uniqueSources } from "./sources";

describe("uniqueSources", () => {
  it("lists each URL once, in the order first met, skipping missing sources", () => {
    const a = { url: "https://a.se", title: "A" };
    const b = { url: "https://b.se", title: "B" };
    expect(uniqueSources([a, null, b, a, undefined])).toEqual([a, b]);
    expect(uniqueSources([])).toEqual([]);
  });
  it("keeps the first position but the last title met for a URL (as the pages did)", () => {
    expect(uniqueSources([{ url: "https://a.se", title: "Första" }, { url: "https://b.se", title: "B" }, { url: "https://a.se", title: "Sista" }]))
      .toEqual([{ url: "https://a.se", title: "Sista" }, { url: "https://b.se", title: "B" }]);
  });
});
