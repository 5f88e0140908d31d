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

  test("hashade filer (JavaScript, CSS) är oföränderliga", async ({ page, request }) => {
    await page.goto("/om");
    const src = await page.locator('script[src*="/_next/static/"]').first().getAttribute("src");
    expect(src).toBeTruthy();
    const res = await request.get(src!);
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});

/**
 * ETags (proxy.ts, lib/cache-headers.ts pageEtag): a weak validator of build id + data version + path and query, on
 * static and dynamic pages and embeds alike, answered with 304 before anything is rendered. That it changes with the
 * data version is unit-tested (lib/cache-headers.test.ts): this server has one dataset.
 */
test.describe("Drift: ETag och 304", () => {
  const ID = "brp_per_invanare";
  const years = [...new Set(dataset.values.filter((v) => v.indicator === ID).map((v) => v.period))].sort();
  const year = years.at(-1)!;
  const ETAG = /^W\/"[\w-]{27}"$/;

  for (const [kind, path] of [
    ["statisk sida", "/regioner/09"],
    ["dynamisk sida", "/"],
    ["datatabellen, sida 2", "/data?sida=2"],
    ["indikator med år", `/indikatorer/${ID}?ar=${year}`],
    ["inbäddning", "/embed/teman/kompetensforsorjning"],
    ["engelsk inbäddning med år", `/en/embed/indikatorer/${ID}?ar=${year}`],
  ] as const) {
    test(`${kind} (${path}) har en ETag och svarar 304 utan innehåll när den inte ändrats`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const etag = first.headers()["etag"];
      expect(etag).toMatch(ETAG);
      expect((await first.body()).length).toBeGreaterThan(1000);
      expect((await request.get(path)).headers()["etag"]).toBe(etag);

      const again = await request.get(path, { headers: { "If-None-Match": etag } });
      expect(again.status()).toBe(304);
      expect((await again.body()).length).toBe(0);
      const h = again.headers();
      // A 304 carries what the 200 would have: the validator, the cache rules, the data version, the security headers.
      expect(h["etag"]).toBe(etag);
      expect(h["cache-control"]).toBe(PAGE_CACHE);
      expect(h["x-data-version"]).toBe(dataset.meta.builtAt);
      expect(h["content-security-policy"]).toContain("default-src 'self'");
      expect(h["set-cookie"]).toBeUndefined();
      // Answered by proxy.ts, not by the renderer (which marks the pages it serves).
      expect(h["x-nextjs-cache"]).toBeUndefined();
      expect(h["x-nextjs-prerender"]).toBeUndefined();

      // Another validator (an older build or dataset) gets the whole page.
      const stale = await request.get(path, { headers: { "If-None-Match": 'W/"en-annan-version"' } });
      expect(stale.status()).toBe(200);
      expect(stale.headers()["etag"]).toBe(etag);
    });
  }

  test("en annan fråga, ett annat språk eller sidans RSC-data ger en annan ETag", async ({ request }) => {
    const etagOf = async (path: string, headers: Record<string, string> = {}) => {
      const res = await request.get(path, { headers });
      expect(res.status(), path).toBe(200);
      return res.headers()["etag"];
    };
    const tags = [
      await etagOf("/data"),
      await etagOf("/data?sida=2"),
      await etagOf("/data?sida=3"),
      await etagOf(`/indikatorer/${ID}?ar=${years[0]}`),
      await etagOf(`/indikatorer/${ID}?ar=${year}`),
      await etagOf(`/embed/indikatorer/${ID}?ar=${year}`),
      await etagOf(`/en/embed/indikatorer/${ID}?ar=${year}`),
      await etagOf("/regioner/09"),
      // A client navigation asks for the RSC payload (header RSC, and _rsc: Next's hash of the router headers, which
      // Next checks): another representation of the address, another validator than its HTML.
      await etagOf("/regioner/09?_rsc="),
      await etagOf("/regioner/09?_rsc=", { RSC: "1" }),
    ];
    for (const t of tags) expect(t).toMatch(ETAG);
    expect(new Set(tags).size).toBe(tags.length);

    // The RSC payload revalidates on its own validator, not on the HTML's.
    const rsc = await request.get("/regioner/09?_rsc=", { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    const html = await request.get("/regioner/09?_rsc=");
    expect((await request.get("/regioner/09?_rsc=", { headers: { RSC: "1", "If-None-Match": rsc.headers()["etag"] } })).status()).toBe(304);
    expect((await request.get("/regioner/09?_rsc=", { headers: { RSC: "1", "If-None-Match": html.headers()["etag"] } })).status()).toBe(200);
  });

  test("hälsokontrollen får ingen ETag (den cachas aldrig)", async ({ request }) => {
    expect((await request.get("/api/health")).headers()["etag"]).toBeUndefined();
  });
});
