import { describe, expect, it } from "vitest";
import { cacheRules, dataVersionOf, etagMatches, pageEtag, PAGE_CACHE_CONTROL } from "./cache-headers";

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

describe("pageEtag", () => {
  const base = { buildId: "b1", dataVersion: "2026-11-20", url: "/data?sida=2" };
  it("is a weak, quoted validator of safe characters", () => {
    expect(pageEtag(base)).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
  });
  it("is the same for the same build, data and address (known before rendering)", () => {
    expect(pageEtag({ ...base })).toBe(pageEtag(base));
    expect(pageEtag({ ...base, variant: ["", "", "", ""] })).not.toBe(pageEtag({ ...base, variant: ["1", "", "", ""] }));
  });
  it("changes when the data version changes", () => {
    expect(pageEtag({ ...base, dataVersion: "2026-11-21" })).not.toBe(pageEtag(base));
  });
  it("changes with the build, the path and the query", () => {
    const all = [
      pageEtag(base),
      pageEtag({ ...base, buildId: "b2" }),
      pageEtag({ ...base, url: "/data?sida=3" }),
      pageEtag({ ...base, url: "/data" }),
      pageEtag({ ...base, url: "/en/data?sida=2" }),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
  it("cannot be confused by a separator inside a part", () => {
    expect(pageEtag({ buildId: "a", dataVersion: "b-c", url: "/" })).not.toBe(pageEtag({ buildId: "a-b", dataVersion: "c", url: "/" }));
  });
});

describe("etagMatches", () => {
  const tag = pageEtag({ buildId: "b1", dataVersion: "v", url: "/" });
  it("matches the same validator, weak or strong, alone or in a list", () => {
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(tag.replace(/^W\//, ""), tag)).toBe(true);
    expect(etagMatches(`W/"other", ${tag}`, tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
  });
  it("does not match another validator or none", () => {
    expect(etagMatches('W/"other"', tag)).toBe(false);
    expect(etagMatches(pageEtag({ buildId: "b1", dataVersion: "v2", url: "/" }), tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
    expect(etagMatches("", tag)).toBe(false);
  });
});
