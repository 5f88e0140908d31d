import { expect, test } from "@playwright/test";
import { dataset } from "./dataset";

/** What a CDN in front of the app and a load balancer's health check see (README "Deploy"). */
const PAGE_CACHE = "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400";

test.describe("Drift: hälsokontroll och cachehuvuden", () => {
  test("/api/health svarar med dataversionen och bygg-id, och cachas aldrig", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", dataVersion: dataset.meta.builtAt, records: dataset.entries.length });
    expect(body.buildId).toMatch(/^[\w-]{6,}$/);
    expect(res.headers()["cache-control"]).toBe("no-store");
  });

  for (const [kind, path] of [
    ["statisk sida", "/regioner/09"],
    ["dynamisk sida", "/"],
    ["inbäddning", "/embed/teman/kompetensforsorjning"],
    ["datatabellen, sida 2", "/data?sida=2"],
    ["engelsk sida", "/en/teman/kompetensforsorjning"],
  ] as const) {
    test(`${kind} (${path}) får cachas av ett CDN och bär dataversionen`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const h = res.headers();
      expect(h["cache-control"]).toBe(PAGE_CACHE);
      expect(h["x-data-version"]).toBe(dataset.meta.builtAt);
      expect(h["set-cookie"]).toBeUndefined();
      // The security headers stay.
      expect(h["content-security-policy"]).toContain("default-src 'self'");
    });
  }

  test("en statisk sida har en ETag och svarar 304 när den inte ändrats", async ({ request }) => {
    const first = await request.get("/regioner/09");
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    const again = await request.get("/regioner/09", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
  });

  test("hashade filer (JavaScript, CSS) är oföränderliga", async ({ page, request }) => {
    await page.goto("/om");
    const src = await page.locator('script[src*="/_next/static/"]').first().getAttribute("src");
    expect(src).toBeTruthy();
    const res = await request.get(src!);
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});
