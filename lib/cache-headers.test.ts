import { describe, expect, it } from "vitest";
import { cacheRules, dataVersionOf, PAGE_CACHE_CONTROL } from "./cache-headers";

describe("cache headers", () => {
  it("lets a CDN keep pages for an hour and serve them stale for a day, browsers revalidate", () => {
    expect(PAGE_CACHE_CONTROL).toBe("public, max-age=0, s-maxage=3600, stale-while-revalidate=86400");
  });
  it("applies to pages and embeds, never to Next's hashed files or the health check", () => {
    const re = new RegExp(`^${cacheRules("2026-11-20")[0].source.replace(/^\//, "\\/")}$`);
    expect(re.test("/data")).toBe(true);
    expect(re.test("/en/embed/teman/integration")).toBe(true);
    expect(re.test("/_next/static/chunks/a.js")).toBe(false);
    expect(re.test("/api/health")).toBe(false);
  });
  it("carries the data version", () => {
    expect(cacheRules("2026-11-20")[0].headers).toContainEqual({ key: "X-Data-Version", value: "2026-11-20" });
  });
  it("reads the version from meta.builtAt, 'okänd' without one", () => {
    expect(dataVersionOf({ meta: { builtAt: "2026-11-20" } })).toBe("2026-11-20");
    expect(dataVersionOf({})).toBe("okänd");
    expect(dataVersionOf(null)).toBe("okänd");
  });
});
